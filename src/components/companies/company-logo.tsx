import Image from "next/image";
import { companyInitials } from "@/lib/company-logo";

const SIZES = { sm: 40, md: 48, lg: 72 } as const;

/**
 * A company's logo, or its initials on a tinted square when it has none (no image request at all).
 * Decorative: the company's name is always written beside it, so screen readers skip it. No hooks, so
 * server pages and the client listing card both render it.
 */
export function CompanyLogo({ name, src, size = "md" }: { name: string; src: string | null; size?: keyof typeof SIZES }) {
  const px = SIZES[size];
  const box = { width: px, height: px };
  if (src) {
    return (
      // The stored logo is already a 128 px WebP (src/server/companies/logo-image.ts): nothing to optimise.
      <Image
        src={src}
        alt=""
        width={px}
        height={px}
        unoptimized
        loading="lazy"
        className="shrink-0 rounded-md border border-line bg-surface object-contain"
        style={box}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-md bg-accent-soft font-semibold text-accent-soft-ink select-none ${
        size === "lg" ? "text-2xl" : "text-sm"
      }`}
      style={box}
    >
      {companyInitials(name)}
    </span>
  );
}
