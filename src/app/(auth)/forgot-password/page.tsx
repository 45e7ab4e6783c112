import type { Metadata } from "next";
import Link from "next/link";
import { MailRequestForm } from "@/components/account/mail-request-form";
import { Card, PageHeader } from "@/components/ui";
import { forgotPassword } from "../actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader
        title="Forgot your password?"
        description="We will mail you a link to choose a new one. It works once, for 30 minutes."
      />
      <Card>
        <MailRequestForm action={forgotPassword} askForEmail submitLabel="Send me a link" pendingLabel="Sending…" />
      </Card>
      <p className="text-sm text-ink-muted">
        Remembered it?{" "}
        <Link className="link" href="/sign-in">
          Sign in
        </Link>
      </p>
    </div>
  );
}
