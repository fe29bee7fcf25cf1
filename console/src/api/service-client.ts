/** A refusal or failure of the consent service, with its `{error, message}` body when it sent one. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

/** The service answered 401 to a signed-in request: the session ended (expired, or signed out elsewhere). */
export class SessionExpiredError extends ServiceError {}

export type SessionExpiredListener = () => void;

export interface RequestOptions {
  readonly body?: unknown;
  readonly signedIn?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Thrown when the service cannot be reached at all (network down, service stopped). */
const UNREACHABLE = 0;

/**
 * The console's one way to the service's HTTP API: same origin, the session
 * cookie, JSON errors turned into `ServiceError`, and a 401 reported once to
 * the app so it can ask for the password again without dropping the page.
 */
export class ServiceClient {
  private expiredListener: SessionExpiredListener = () => {};

  constructor(private readonly base = '') {}

  onSessionExpired(listener: SessionExpiredListener): void {
    this.expiredListener = listener;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, { body });
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /**
   * The response of a request; any non-2xx becomes a `ServiceError`. `signedIn: false` for the session's own
   * endpoints, whose 401 means "not signed in" rather than "the session ended".
   */
  async send(
    method: string,
    path: string,
    { body, signedIn = true, headers = {} }: RequestOptions = {},
  ): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ServiceError(UNREACHABLE, 'unreachable', String(error));
    }
    if (response.ok) return response;
    const errorBody = await response.json().catch(() => null);
    const { error = `http_${response.status}`, message = response.statusText } = (errorBody ?? {}) as {
      error?: string;
      message?: string;
    };
    if (response.status === 401 && signedIn) {
      this.expiredListener();
      throw new SessionExpiredError(401, error, message, errorBody);
    }
    throw new ServiceError(response.status, error, message, errorBody);
  }
}
