/** `document.cookie`, or '' where reading it throws (sandboxed frames, opaque origins). */
export function readDocumentCookie(): string {
  try {
    return document.cookie;
  } catch {
    return '';
  }
}

/** Runs a cookie write; false where the browser forbids it by throwing (sandboxed frames, opaque origins). */
export function tryCookieWrite(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}
