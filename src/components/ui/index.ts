// The design system's public surface: import from "@/components/ui".
export { cn } from "./cn";
export { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-styles";
export { Button, ButtonLink, type ButtonProps, type ButtonLinkProps } from "./button";
export { SubmitButton } from "./submit-button";
export { Input, Textarea, Select, Checkbox, Radio, type ControlProps } from "./controls";
export { Field, HintText, ErrorText, errorText, fieldIds, fieldDescribedBy, type FieldProps, type FieldError } from "./field";
export {
  TextField,
  TextAreaField,
  SelectField,
  type TextFieldProps,
  type TextAreaFieldProps,
  type SelectFieldProps,
  type SelectOption,
} from "./text-fields";
export { CheckboxGroup, RadioGroup, CheckboxField, type ChoiceOption } from "./choice-fields";
export { FormMessage } from "./form-message";
export { Card } from "./card";
export {
  Badge,
  LevelBadge,
  PayBadge,
  EligibilityBadge,
  ListingStatusBadge,
  VerifiedBadge,
  type BadgeTone,
  type EligibilityVerdict,
  type ListingStatusKey,
} from "./badge";
export { PageHeader, EmptyState, Skeleton } from "./layout";
export { OnThisPage } from "./on-this-page";
