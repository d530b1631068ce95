/**
 * What a generated Dockerfile may use, decided by the engine that will build it. BuildKit (docker
 * buildx) accepts every instruction flag; buildah before 1.41 and podman before 5.6 refuse
 * `COPY --link` ("COPY only supports the --chmod ... --chown ... and the --from flags").
 */
export type DockerfileDialect = {
	/** `COPY --link`: BuildKit, buildah >= 1.41, podman >= 5.6. */
	copyLink: boolean;
};

/** Builds on every engine: what a Dockerfile gets when the engine is not known. */
export const portableDialect: DockerfileDialect = {copyLink: false};

/** docker buildx (BuildKit). */
export const buildkitDialect: DockerfileDialect = {copyLink: true};
