import { serveCompanyLogo } from "@/server/companies/logo-route";

// GET /logos/{companyId}/{version}.webp: a company's logo, public and cacheable for good (the version
// changes with the logo).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/logos/[company]/[file]">) {
  const { company, file } = await params;
  return serveCompanyLogo(company, file);
}
