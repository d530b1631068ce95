/**
 * What a generated Dockerfile may use, decided by the engine that will build it. BuildKit (docker
 * buildx) accepts every instruction flag; buildah before 1.41 and podman before 5.6 refuse
 * `COPY --link` ("COPY only supports the --chmod ... --chown ... and the --from flags").
 */
export type DockerfileDialect = {
	/** `COPY --link`: BuildKit, buildah >= 1.41, podman >= 5.6. */
	copyLink: boolean;
	/**
	 * `RUN --mount=type=cache` and `RUN --mount=type=secret`: BuildKit, buildah >= 1.28, podman >= 4.3
	 * (the oldest this tool builds with for real: Debian 12's). Without them restore runs plain and a
	 * private feed cannot be reached without copying its credentials. Absent: supported.
	 */
	runMounts?: boolean;
};

/** Builds on every engine this tool supports: what a Dockerfile gets when the engine is not known. */
export const portableDialect: DockerfileDialect = {copyLink: false, runMounts: true};

/** docker buildx (BuildKit). */
export const buildkitDialect: DockerfileDialect = {copyLink: true, runMounts: true};
