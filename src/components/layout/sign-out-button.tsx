import { signOut } from "@/app/(auth)/actions";
import { SubmitButton } from "@/components/ui";

/**
 * Signing out is a POST to the auth feature's server action (it clears the session cookie), so it
 * works without JavaScript and server actions' origin check guards it against cross-site posts.
 */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <SubmitButton variant="ghost" size="sm" pendingLabel="Signing out…">
        Sign out
      </SubmitButton>
    </form>
  );
}
