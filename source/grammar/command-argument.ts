/**
 * A path given to a tool as a positional argument or flag value: one that starts with "-" would
 * be read as a flag (and "-" alone as stdin), so it is written as "./-…".
 */
export const pathArgument = (file: string) => (file.startsWith('-') ? `./${file}` : file);

/** A buildx builder instance name, as `docker buildx create --name` accepts it. */
export const builderNamePattern = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
