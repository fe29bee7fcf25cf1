/** `document.cookie`, or '' where reading it throws (sandboxed frames, opaque origins). */
export function readDocumentCookie(): string {
  try {
    return document.cookie;
  } catch {
    return '';
  }
}
