/** How many items of a list a one-line message names before it says how many more there are. */
export const shownItems = 5;

/** Items as a message lists them on one line: the first few, then "+N more" for the rest. */
export function shownList(items: readonly string[], limit = shownItems, separator = ', '): string {
	if (items.length <= limit) return items.join(separator);
	return `${items.slice(0, limit).join(separator)} +${items.length - limit} more`;
}
