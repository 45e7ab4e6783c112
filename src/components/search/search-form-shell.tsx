"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { countryCodeFor, countryName } from "@/lib/countries";

// The search form is a plain GET form (works without JavaScript). With JavaScript, a change applies at
// once through client navigation (each change is a history entry, so back/forward step through them),
// and the form follows the URL when it changes under it.

/** Parameters kept even when blank: a blank country/tz means "cleared", not "use my profile's". */
const KEEP_BLANK = new Set(["country", "tz"]);

/** The country field shows a name; the URL carries the code (an unknown name goes as typed, and the page says so). */
const fromField = (key: string, value: string) => (key === "country" ? (countryCodeFor(value) ?? value) : value);
const toField = (key: string, value: string) => (key === "country" ? countryName(value) : value);

function formToParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    if (value.trim() !== "" || KEEP_BLANK.has(key)) params.append(key, fromField(key, value.trim()));
  }
  return params;
}

/** Sets every control from the URL, keeping focus where it is (no remount). */
function syncForm(form: HTMLFormElement, params: URLSearchParams) {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      const values = params.getAll(element.name);
      element.checked = values.length > 0 ? values.includes(element.value) : element.defaultChecked;
    } else if (element.type !== "submit" && element.type !== "hidden") {
      element.value = toField(element.name, params.get(element.name) ?? "");
    }
  }
}

type Props = {
  action: string;
  children: ReactNode;
  className?: string;
};

export function SearchFormShell({ action, children, className }: Props) {
  const router = useRouter();
  // When the URL changes under the form (navigation, back/forward), the form follows it.
  const current = useSearchParams().toString();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const lastApplied = useRef<string | null>(null);

  useEffect(() => {
    lastApplied.current = null;
    if (formRef.current) syncForm(formRef.current, new URLSearchParams(current));
  }, [current]);

  function apply(form: HTMLFormElement) {
    const query = formToParams(form).toString();
    // Enter in a text field fires both change and submit; one navigation is enough.
    if (query === lastApplied.current || query === new URLSearchParams(window.location.search).toString()) return;
    lastApplied.current = query;
    startTransition(() => router.push(`${action}?${query}`, { scroll: false }));
  }

  // The native change event (not React's onChange, which fires on every keystroke): checkboxes and
  // selects report a change at once, text fields when the visitor leaves them or presses Enter.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onChange = () => apply(form);
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(event.currentTarget);
  }

  return (
    <form
      ref={formRef}
      method="get"
      action={action}
      role="search"
      aria-label="Search and filter roles"
      aria-busy={pending || undefined}
      className={className}
      onSubmit={onSubmit}
      data-pending={pending ? "" : undefined}
    >
      {children}
    </form>
  );
}
