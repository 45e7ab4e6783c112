import type { ComponentProps, ElementType, ReactNode } from "react";
import { cn } from "./cn";

type CardProps = {
  as?: ElementType;
  padding?: "none" | "sm" | "md";
  className?: string;
  children: ReactNode;
} & Omit<ComponentProps<"div">, "className" | "children">;

const paddings = { none: "", sm: "p-4", md: "p-5 sm:p-6" };

export function Card({ as: Tag = "div", padding = "md", className, children, ...props }: CardProps) {
  return (
    <Tag className={cn("rounded-lg border border-line bg-surface shadow-card", paddings[padding], className)} {...props}>
      {children}
    </Tag>
  );
}
