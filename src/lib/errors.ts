// Expected failures a user can act on. Anything else is unexpected: logged, shown as a generic message.
export class DomainError extends Error {
  /** A way on that the form shows beside the message (e.g. "Send a new link"). */
  action?: { href: string; label: string };

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The row does not exist, or the actor may not see it: the two are deliberately indistinguishable. */
export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super(message);
  }
}

/** Signed in, but this role may never do this. */
export class ForbiddenError extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Please sign in to continue.") {
    super(message);
  }
}

/** Input that parsed but breaks a rule, optionally tied to one field. */
export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** The action is valid but conflicts with the row's current state (e.g. approving a draft). */
export class ConflictError extends DomainError {}

export class RateLimitedError extends DomainError {
  constructor(
    message = "Too many attempts. Please try again later.",
    /** When the caller may try again (HTTP Retry-After); set by src/server/auth/rate-limit.ts with its message. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The account's address is not confirmed yet: it may browse, but not apply or post. */
export class EmailNotVerifiedError extends ForbiddenError {
  constructor(what: string) {
    super(`Confirm your email address before you ${what}: open the link we sent you, or ask for a new one.`);
    this.action = { href: "/verify-email", label: "Send me a new link" };
  }
}
