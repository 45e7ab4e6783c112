// Control characters have no place in what people type, and NUL cannot be stored at all (PostgreSQL
// refuses it in text). One definition for the edges that refuse them: URLs (src/lib/url-safety.ts) and
// form input (src/server/action.ts).

const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Text fields may hold line breaks and tabs (descriptions, cover notes); nothing else below the space.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** For URL parts: any C0 or C1 control character, tabs and line breaks included. */
export function containsAnyControl(value: string): boolean {
  return ANY_CONTROL.test(value);
}

/** For form text: control characters other than tab, line feed and carriage return. */
export function containsControlInText(value: string): boolean {
  return CONTROL_IN_TEXT.test(value);
}
