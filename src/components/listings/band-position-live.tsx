"use client";

import { useEffect, useRef, useState } from "react";

// The posting form's live band position: as the employer types the range, the form's level, pay and
// eligibility go to GET /api/employer/band-position (debounced; the latest answer wins) and its sentence is
// shown here. Without JavaScript nothing renders; the preview shows the band position instead (decision 023).

const FIELDS = [
  "levelId",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "worldwide",
  "eligibleRegions",
  "eligibleCountries",
];
const WAIT_MS = 400;

export function BandPositionLive() {
  const ref = useRef<HTMLParagraphElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const ask = () => {
      const data = new FormData(form);
      const query = new URLSearchParams();
      for (const name of FIELDS) for (const value of data.getAll(name)) if (typeof value === "string") query.append(name, value);
      const request = ++latest;
      fetch(`/api/employer/band-position?${query}`, { headers: { accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : null))
        .then((answer: { message?: unknown } | null) => {
          if (request === latest) setMessage(typeof answer?.message === "string" ? answer.message : null);
        })
        .catch(() => {
          if (request === latest) setMessage(null);
        });
    };
    const changed = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name;
      if (!name || !FIELDS.includes(name)) return;
      clearTimeout(timer);
      timer = setTimeout(ask, WAIT_MS);
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    ask();
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", changed);
      form.removeEventListener("change", changed);
    };
  }, []);

  return (
    <p ref={ref} aria-live="polite" className="text-sm font-medium text-ink">
      {message}
    </p>
  );
}
