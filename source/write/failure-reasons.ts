/** Why a file operation failed, in words (the errno code only where there are none). */
const reasons: Record<string, string> = {
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EFBIG: 'the file would pass the file-size limit (ulimit -f)',
	EACCES: 'permission denied',
	EPERM: 'the operation is not permitted',
	EROFS: 'the file system is read-only',
	ENOTDIR: 'part of the path is a file, not a folder',
	EISDIR: 'a folder is in the way',
	EEXIST: 'a file is in the way',
	ENOENT: 'a folder on the way is missing',
	ENAMETOOLONG: 'the name is too long',
	ELOOP: 'too many symbolic links on the way',
	EIO: 'an input/output error',
	EMLINK: 'the folder holds too many links',
	EBUSY: 'the file is busy',
	ETXTBSY: 'the file is busy',
	EXDEV: 'the temporary file landed on another file system',
};

export function failureReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code && reasons[code]) return reasons[code];
	if (code) return code;
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
