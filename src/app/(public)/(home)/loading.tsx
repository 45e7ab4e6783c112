import { Skeleton } from "@/components/ui";

export default function HomeLoading() {
  return (
    <div className="flex flex-col gap-10" aria-busy="true">
      <p className="sr-only" role="status">
        Loading roles…
      </p>
      <div className="flex flex-col gap-4">
        <Skeleton className="h-10 w-full max-w-2xl" />
        <Skeleton className="h-6 w-full max-w-xl" />
        <Skeleton className="h-10 w-56" />
      </div>
      <div className="flex flex-col gap-4">
        <Skeleton className="h-8 w-40" />
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-5">
            <Skeleton className="h-6 w-2/3" />
            <Skeleton className="h-4 w-1/3" />
            <div className="flex gap-2">
              <Skeleton className="h-6 w-28 rounded-full" />
              <Skeleton className="h-6 w-40 rounded-full" />
            </div>
            <Skeleton className="h-4 w-full max-w-lg" />
          </div>
        ))}
      </div>
    </div>
  );
}
