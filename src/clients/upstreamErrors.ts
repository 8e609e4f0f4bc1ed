// Typed upstream failures; skills turn them into a friendly card that names the source.
export type UpstreamSource = 'directory' | 'metrics';

export class UpstreamError extends Error {
  constructor(
    readonly source: UpstreamSource,
    readonly reason: 'unavailable' | 'invalidResponse',
    detail: string,
  ) {
    super(`${source} API ${reason}: ${detail}`);
  }
}
