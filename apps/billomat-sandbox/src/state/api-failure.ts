/** A billomat-style failure: rendered as `{"errors":{"error":…}}` with the given status. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
  ) {
    super(messages.join('; '));
  }
}

export const notFound = (what: string) => new ApiFailure(404, [`${what} not found`]);
export const invalid = (...messages: string[]) => new ApiFailure(400, messages);
