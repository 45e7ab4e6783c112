import type { ReactNode } from "react";

// The building blocks of every message: Backplane's colours (the site's tokens, src/app/globals.css) as
// inline styles for clients that drop <style>, a dark palette in a prefers-color-scheme block for those
// that honour it, tables for layout, no images. The same tree renders to HTML (react-dom/server) and to
// plain text (text.ts), so each part is plain elements the text renderer understands.

const font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const colors = { canvas: "#f5f7fa", surface: "#ffffff", ink: "#111827", muted: "#4b5563", line: "#dbe1e8", accent: "#1d4ed8" };

// Class names only serve the dark-mode overrides; the light look is inline.
const darkMode = `
  @media (prefers-color-scheme: dark) {
    .bp-canvas { background-color: #0d1117 !important; }
    .bp-card { background-color: #151b23 !important; border-color: #2b3440 !important; }
    .bp-ink { color: #e6e9ef !important; }
    .bp-muted { color: #a4aebb !important; }
    .bp-link { color: #8cb4ff !important; }
    .bp-button { background-color: #8cb4ff !important; color: #0d1117 !important; }
    .bp-quote { border-color: #7d8896 !important; color: #e6e9ef !important; }
  }`;

/** Shown only in the HTML part (the text renderer skips it): the inbox preview line. */
export function HtmlOnly({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

export function EmailLayout({
  title,
  preview,
  children,
  footer,
}: {
  title: string;
  preview: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <html lang="en">
      {/* A mail document, not a Next page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{title}</title>
        <style>{darkMode}</style>
      </head>
      <body className="bp-canvas" style={{ margin: 0, padding: 0, backgroundColor: colors.canvas, fontFamily: font }}>
        <HtmlOnly>
          <div style={{ display: "none", maxHeight: 0, overflow: "hidden" }}>{preview}</div>
        </HtmlOnly>
        <table
          role="presentation"
          width="100%"
          cellPadding={0}
          cellSpacing={0}
          className="bp-canvas"
          style={{ backgroundColor: colors.canvas }}
        >
          <tbody>
            <tr>
              <td align="center" style={{ padding: "24px 12px" }}>
                <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ maxWidth: 560 }}>
                  <tbody>
                    <tr>
                      <td className="bp-ink" style={{ padding: "0 4px 16px", fontSize: 18, fontWeight: 700, color: colors.ink }}>
                        Backplane
                      </td>
                    </tr>
                    <tr>
                      <td
                        className="bp-card"
                        style={{
                          backgroundColor: colors.surface,
                          border: `1px solid ${colors.line}`,
                          borderRadius: 8,
                          padding: "24px 24px 8px",
                        }}
                      >
                        <h1 className="bp-ink" style={{ margin: "0 0 16px", fontSize: 22, lineHeight: 1.3, color: colors.ink }}>
                          {title}
                        </h1>
                        {children}
                      </td>
                    </tr>
                    <tr>
                      <td
                        className="bp-muted"
                        style={{ padding: "16px 4px", fontSize: 13, lineHeight: 1.5, color: colors.muted }}
                      >
                        {footer}
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

export function P({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return (
    <p
      className={muted ? "bp-muted" : "bp-ink"}
      style={{ margin: "0 0 16px", fontSize: muted ? 14 : 16, lineHeight: 1.6, color: muted ? colors.muted : colors.ink }}
    >
      {children}
    </p>
  );
}

export function A({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="bp-link" style={{ color: colors.accent, textDecoration: "underline" }}>
      {children}
    </a>
  );
}

/** The one call to action of a message: a big link styled as a button. */
export function Button({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p style={{ margin: "8px 0 24px" }}>
      <a
        href={href}
        className="bp-button"
        style={{
          display: "inline-block",
          backgroundColor: colors.accent,
          color: "#ffffff",
          fontSize: 16,
          fontWeight: 600,
          textDecoration: "none",
          padding: "12px 20px",
          borderRadius: 6,
        }}
      >
        {children}
      </a>
    </p>
  );
}

/** Someone else's words (a rejection reason, an employer's message), set apart from ours. */
export function Quote({ children }: { children: ReactNode }) {
  return (
    <blockquote
      className="bp-quote"
      style={{
        margin: "0 0 16px",
        padding: "4px 0 4px 16px",
        borderLeft: "3px solid #6b7280",
        color: colors.ink,
        fontSize: 16,
        lineHeight: 1.6,
        whiteSpace: "pre-line",
      }}
    >
      {children}
    </blockquote>
  );
}

export function List({ items }: { items: ReactNode[] }) {
  return (
    <ul className="bp-ink" style={{ margin: "0 0 16px", paddingLeft: 20, fontSize: 16, lineHeight: 1.6, color: colors.ink }}>
      {items.map((item, index) => (
        <li key={index} style={{ marginBottom: 6 }}>
          {item}
        </li>
      ))}
    </ul>
  );
}
