"use client";

import { useState, type ComponentProps } from "react";
import { Input } from "@/components/ui";
import { COMMON_TIMEZONES } from "@/lib/common-timezones";
import { COUNTRIES_BY_NAME, countryName } from "@/lib/countries";

// The search's "where you work from" fields: free text with suggestions, so they work without JavaScript
// (the server reads a country's name or code, and any timezone name or UTC offset). The suggestions are
// filled in from this bundle when a field is first focused: rendered with the page they were ~290
// elements and ~30 kB of HTML and RSC payload on every search page.

const SUGGESTIONS = {
  country: () => COUNTRIES_BY_NAME.map(([, name]) => name),
  tz: () => COMMON_TIMEZONES,
};

function SuggestedInput({ id, name, ...props }: ComponentProps<"input"> & { id: string; name: keyof typeof SUGGESTIONS }) {
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <Input id={id} name={name} list={`${id}-options`} onFocus={() => setLoaded(true)} {...props} />
      <datalist id={`${id}-options`}>
        {loaded ? SUGGESTIONS[name]().map((value) => <option key={value} value={value} />) : null}
      </datalist>
    </>
  );
}

/** The country, shown by name; the search form (SearchFormShell) puts its code in the URL. */
export function CountryField({ code }: { code: string | undefined }) {
  return (
    <SuggestedInput
      id="search-country"
      name="country"
      autoComplete="country-name"
      defaultValue={code ? countryName(code) : ""}
      placeholder="Any country"
    />
  );
}

export function TimezoneField({ value }: { value: string | undefined }) {
  return (
    <SuggestedInput
      id="search-tz"
      name="tz"
      defaultValue={value ?? ""}
      placeholder="Europe/Berlin or UTC+01:00"
      aria-describedby="search-tz-hint"
    />
  );
}
