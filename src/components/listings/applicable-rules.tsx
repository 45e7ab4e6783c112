"use client";

import { useEffect, useRef, useState } from "react";
import { REQUIREMENT_LABEL, rulesFor, type Reach } from "@/lib/pay-transparency";
import type { ListingFormChoices } from "./listing-form-types";

const ELIGIBILITY_FIELDS = new Set(["worldwide", "eligibleRegions", "eligibleCountries", "eligibleStates", "eligibleProvinces"]);

/** The eligibility ticked in the form right now, regions expanded into their countries. */
function reachOf(form: HTMLFormElement, regions: ListingFormChoices["regions"]): Reach {
  const data = new FormData(form);
  const strings = (name: string) => data.getAll(name).filter((v): v is string => typeof v === "string");
  const chosen = new Set(strings("eligibleRegions"));
  return {
    worldwide: data.get("worldwide") === "on",
    countries: [...strings("eligibleCountries"), ...regions.filter((r) => chosen.has(r.code)).flatMap((r) => r.countries)],
    states: strings("eligibleStates"),
    provinces: strings("eligibleProvinces"),
  };
}

/**
 * Which pay-transparency rules the eligibility brings. Rendered on the server from the eligibility last sent
 * (so it is there without JavaScript); with JavaScript it follows the boxes as they are ticked.
 */
export function ApplicableRules({
  initial,
  regions,
  today,
}: {
  initial: Reach;
  regions: ListingFormChoices["regions"];
  today: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [reach, setReach] = useState(initial);

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const changed = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name;
      if (name && ELIGIBILITY_FIELDS.has(name)) setReach(reachOf(form, regions));
    };
    form.addEventListener("change", changed);
    return () => form.removeEventListener("change", changed);
  }, [regions]);

  const rules = rulesFor(reach, new Date(`${today}T00:00:00Z`));
  return (
    <div ref={ref}>
      {rules.length === 0 ? (
        <p className="text-sm text-ink-muted">
          No pay-transparency rule in our table covers the places chosen so far. Every listing still states a minimum and a
          maximum pay.
        </p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm text-ink" aria-label="Rules this listing falls under">
          {rules.map(({ rule, inForce }) => (
            <li key={rule.id}>
              <span className="font-semibold">{rule.place}</span>
              {inForce ? "" : ` (from ${rule.effectiveFrom}; not yet checked)`}:{" "}
              {rule.requires.map((r) => REQUIREMENT_LABEL[r]).join("; ")}. <span className="text-ink-muted">{rule.source}.</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
