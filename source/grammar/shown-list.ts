/** How many items of a list a one-line message names before it says how many more there are. */
export const shownItems = 5;

/** The one cut of a list: the first `limit` items, and how many more there are (to be said as "+N more"). */
export function cutList<Item>(items: readonly Item[], limit = shownItems): {shown: Item[]; more: number} {
	return items.length <= limit ? {shown: [...items], more: 0} : {shown: items.slice(0, limit), more: items.length - limit};
}

/** "+N more", with what the rest are and where to see them when given: "+2 more warnings (d)". */
export function moreText(more: number, what?: {one: string; many: string; where?: string}): string {
	const noun = what ? ` ${more === 1 ? what.one : what.many}` : '';
	return `+${more} more${noun}${what?.where ? ` (${what.where})` : ''}`;
}

/** Items as a message lists them on one line: the first few, then "+N more" for the rest. */
export function shownList(items: readonly string[], limit = shownItems, separator = ', '): string {
	const {shown, more} = cutList(items, limit);
	return more === 0 ? shown.join(separator) : `${shown.join(separator)} ${moreText(more)}`;
}
