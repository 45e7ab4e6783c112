import type { CompanySize } from "@/generated/prisma/enums";
import type { IndustrySlug } from "./industries";

// Fictional employers. Names and domains are invented (websites use the reserved .example TLD).
// `tier` drives pay: "top" companies run very large distributed systems and pay at the top of the
// market; `footprint` says where they hire; `teams` name the areas listings are for.

export type Footprint = "us" | "americas" | "eu" | "europe" | "emea" | "apac" | "global";
export type PayTier = "standard" | "strong" | "top";

export type CompanySeed = {
  slug: string;
  name: string;
  industry: IndustrySlug;
  size: CompanySize;
  tier: PayTier;
  footprint: Footprint;
  description: string;
  remotePolicy: string;
  stack: string[];
  teams: string[];
};

/** The company the demo employer account owns. */
export const DEMO_COMPANY_SLUG = "ledgerline";

export const COMPANIES: CompanySeed[] = [
  {
    slug: "ledgerline", name: "Ledgerline", industry: "fintech", size: "SIZE_201_1000", tier: "top", footprint: "global",
    description: "Ledgerline runs a double-entry ledger and payouts API that marketplaces use to move money to sellers in forty countries.",
    remotePolicy: "Fully remote since founding. Plans, decisions and reviews are written down, so most work never waits for a meeting.",
    stack: ["go", "kotlin", "postgresql", "kafka", "kubernetes", "opentelemetry", "terraform", "grpc", "event-sourcing", "aws"],
    teams: ["Payments Platform", "Ledger", "Payouts", "Reconciliation"],
  },
  {
    slug: "tallymark", name: "Tallymark Lending", industry: "fintech", size: "SIZE_51_200", tier: "strong", footprint: "us",
    description: "Tallymark underwrites and services small-business loans, with decisions made in minutes rather than weeks.",
    remotePolicy: "Remote in the United States and Canada, with one week together each quarter.",
    stack: ["python", "java", "postgresql", "aurora", "aws-sqs-sns", "aws", "datadog", "rest"],
    teams: ["Lending Core", "Underwriting Platform", "Loan Servicing"],
  },
  {
    slug: "quayside-markets", name: "Quayside Markets", industry: "fintech", size: "SIZE_201_1000", tier: "top", footprint: "europe",
    description: "Quayside operates order routing and post-trade infrastructure for European brokers.",
    remotePolicy: "Remote across Europe, with an office in Dublin for anyone who wants a desk.",
    stack: ["java", "rust", "kafka", "postgresql", "cassandra", "kubernetes", "prometheus", "grpc", "cqrs"],
    teams: ["Trading Systems", "Post-Trade", "Market Data"],
  },
  {
    slug: "fernbank", name: "Fernbank Payments", industry: "fintech", size: "SIZE_11_50", tier: "standard", footprint: "europe",
    description: "Fernbank gives small European merchants instant account-to-account payments without card fees.",
    remotePolicy: "Remote-first across Europe; an optional office in Lisbon.",
    stack: ["kotlin", "postgresql", "rabbitmq", "redis", "kubernetes", "gcp", "rest", "ddd"],
    teams: ["Payments Core", "Merchant APIs"],
  },
  {
    slug: "copperkey", name: "Copperkey Treasury", industry: "fintech", size: "SIZE_51_200", tier: "strong", footprint: "americas",
    description: "Copperkey automates treasury and foreign-exchange operations for mid-sized companies.",
    remotePolicy: "Remote across the Americas, with a team gathering twice a year.",
    stack: ["java", "kotlin", "postgresql", "kafka", "aws", "aws-ecs", "terraform", "event-driven"],
    teams: ["FX Engine", "Cash Positioning", "Bank Connectivity"],
  },
  {
    slug: "stratum-cloud", name: "Stratum Cloud", industry: "infrastructure", size: "SIZE_1001_PLUS", tier: "top", footprint: "global",
    description: "Stratum Cloud sells managed Kubernetes and databases in twelve regions to companies that have outgrown a single cloud account.",
    remotePolicy: "Distributed company with engineers in over thirty countries.",
    stack: ["go", "rust", "kubernetes", "istio", "postgresql", "cassandra", "opentelemetry", "terraform", "grpc", "distributed-systems"],
    teams: ["Control Plane", "Storage", "Networking", "Managed Databases"],
  },
  {
    slug: "bitfoundry", name: "Bitfoundry", industry: "infrastructure", size: "SIZE_201_1000", tier: "strong", footprint: "americas",
    description: "Bitfoundry ingests event data from thousands of sources and lands it, cleaned, in customers' warehouses.",
    remotePolicy: "Remote in North and South America; quarterly team weeks.",
    stack: ["scala", "python", "kafka", "google-pubsub", "gcp", "kubernetes", "elasticsearch", "terraform"],
    teams: ["Data Platform", "Ingestion", "Connectors"],
  },
  {
    slug: "gatewright", name: "Gatewright", industry: "infrastructure", size: "SIZE_51_200", tier: "strong", footprint: "emea",
    description: "Gatewright is an API management platform: gateways, developer portals and usage-based billing for API products.",
    remotePolicy: "Remote across Europe, the Middle East and Africa.",
    stack: ["go", "nodejs", "kong", "redis", "postgresql", "kubernetes", "opentelemetry", "rest", "graphql"],
    teams: ["API Infrastructure", "Gateway", "Developer Portal"],
  },
  {
    slug: "quarrystream", name: "Quarrystream", industry: "infrastructure", size: "SIZE_201_1000", tier: "top", footprint: "global",
    description: "Quarrystream offers managed event streaming with tiered storage, used by customers who push billions of messages a day.",
    remotePolicy: "Work from anywhere we can pay you; each team agrees its own rhythm of meetings.",
    stack: ["java", "go", "kafka", "kubernetes", "aws", "gcp", "azure", "prometheus", "distributed-systems"],
    teams: ["Streaming Core", "Tiered Storage", "Cloud Platform"],
  },
  {
    slug: "tessellate", name: "Tessellate", industry: "infrastructure", size: "SIZE_51_200", tier: "strong", footprint: "global",
    description: "Tessellate builds a distributed SQL database that keeps strong consistency across regions.",
    remotePolicy: "Fully remote; the engineering team spans from Auckland to Vancouver.",
    stack: ["rust", "go", "postgresql", "kubernetes", "grpc", "opentelemetry", "distributed-systems"],
    teams: ["Storage Engine", "Query Layer", "Replication"],
  },
  {
    slug: "wellnode", name: "Wellnode", industry: "healthcare", size: "SIZE_201_1000", tier: "strong", footprint: "us",
    description: "Wellnode's clinical data platform lets hospital networks share patient records safely between systems.",
    remotePolicy: "Remote in the United States and Canada; privacy training and a managed laptop from day one.",
    stack: ["java", "python", "postgresql", "kafka", "aws", "aws-api-gateway", "datadog", "terraform", "rest"],
    teams: ["Clinical Data", "Interoperability", "Identity and Access"],
  },
  {
    slug: "meridia-records", name: "Meridia Records", industry: "healthcare", size: "SIZE_51_200", tier: "standard", footprint: "us",
    description: "Meridia connects outpatient clinics to insurers so claims and prior authorisations stop travelling by fax.",
    remotePolicy: "Remote in the US and Canada.",
    stack: ["nodejs", "typescript", "postgresql", "mongodb", "aws-sqs-sns", "aws", "rest", "graphql"],
    teams: ["Claims Platform", "Payer Integrations"],
  },
  {
    slug: "pulsegrid", name: "Pulsegrid Health", industry: "healthcare", size: "SIZE_11_50", tier: "standard", footprint: "eu",
    description: "Pulsegrid collects readings from home monitoring devices and alerts care teams when a patient needs attention.",
    remotePolicy: "Remote in the EU; data stays in EU regions, and so does the team.",
    stack: ["python", "go", "postgresql", "redis", "rabbitmq", "kubernetes", "azure", "event-driven"],
    teams: ["Device Data", "Care Alerts"],
  },
  {
    slug: "vectorloom", name: "Vectorloom", industry: "ai-platforms", size: "SIZE_51_200", tier: "strong", footprint: "global",
    description: "Vectorloom runs hosted retrieval: ingestion, embedding and vector search behind one API.",
    remotePolicy: "Remote everywhere; we hire through an employer of record where we have no entity.",
    stack: ["rust", "python", "kubernetes", "redis", "opensearch", "kafka", "gcp", "grpc"],
    teams: ["Retrieval", "Indexing", "API Platform"],
  },
  {
    slug: "inferline", name: "Inferline", industry: "ai-platforms", size: "SIZE_201_1000", tier: "top", footprint: "americas",
    description: "Inferline serves open and custom models on GPUs it schedules across several clouds.",
    remotePolicy: "Remote in the Americas, with a few all-hands weeks a year.",
    stack: ["go", "python", "rust", "kubernetes", "redis", "postgresql", "opentelemetry", "grpc", "aws"],
    teams: ["Inference Platform", "Model Serving", "Scheduling"],
  },
  {
    slug: "cortexa", name: "Cortexa Labs", industry: "ai-platforms", size: "SIZE_1_10", tier: "standard", footprint: "europe",
    description: "Cortexa is a small team building a model registry and evaluation service for machine-learning teams.",
    remotePolicy: "Remote in Europe; a small team that writes more than it meets.",
    stack: ["python", "go", "postgresql", "google-pubsub", "gcp", "pulumi", "rest"],
    teams: ["Model Registry", "Evaluation"],
  },
  {
    slug: "basketry", name: "Basketry", industry: "ecommerce", size: "SIZE_201_1000", tier: "standard", footprint: "europe",
    description: "Basketry is a marketplace where independent grocers sell online and deliver the same day.",
    remotePolicy: "Remote in Europe and the UK; hubs in Amsterdam and Manchester for those who want them.",
    stack: ["kotlin", "java", "postgresql", "kafka", "redis", "elasticsearch", "kubernetes", "aws", "ddd"],
    teams: ["Checkout", "Order Management", "Catalog"],
  },
  {
    slug: "parcelwise", name: "Parcelwise", industry: "ecommerce", size: "SIZE_51_200", tier: "standard", footprint: "apac",
    description: "Parcelwise gives online shops one API for shipping with carriers across Australia, New Zealand and South-East Asia.",
    remotePolicy: "Remote across Asia-Pacific.",
    stack: ["nodejs", "typescript", "postgresql", "dynamodb", "aws-sqs-sns", "aws", "aws-api-gateway", "rest"],
    teams: ["Shipping APIs", "Carrier Integrations", "Tracking"],
  },
  {
    slug: "shelfstack", name: "Shelfstack", industry: "ecommerce", size: "SIZE_201_1000", tier: "strong", footprint: "global",
    description: "Shelfstack is a headless commerce platform: catalogue, pricing, carts and orders as APIs for large retailers.",
    remotePolicy: "Remote-first across time zones, with documented decisions and few meetings.",
    stack: ["go", "java", "postgresql", "redis", "memcached", "kafka", "elasticsearch", "kubernetes", "graphql"],
    teams: ["Commerce APIs", "Pricing", "Cart and Checkout"],
  },
  {
    slug: "forgepoint", name: "Forgepoint", industry: "developer-tools", size: "SIZE_51_200", tier: "strong", footprint: "global",
    description: "Forgepoint runs CI pipelines with remote caching that make large monorepo builds several times faster.",
    remotePolicy: "Remote anywhere; written updates replace most status meetings.",
    stack: ["go", "rust", "kubernetes", "postgresql", "redis", "aws", "terraform", "grpc"],
    teams: ["Build Infrastructure", "Remote Cache", "Runner Fleet"],
  },
  {
    slug: "tracewind", name: "Tracewind", industry: "developer-tools", size: "SIZE_201_1000", tier: "strong", footprint: "global",
    description: "Tracewind is an observability product for distributed tracing and service maps.",
    remotePolicy: "Distributed company; teams plan in writing and meet on video once a week.",
    stack: ["go", "rust", "kafka", "cassandra", "opentelemetry", "jaeger", "kubernetes", "gcp"],
    teams: ["Ingestion Pipeline", "Query Engine", "Developer APIs"],
  },
  {
    slug: "roster-atlas", name: "Roster Atlas", industry: "saas", size: "SIZE_201_1000", tier: "standard", footprint: "americas",
    description: "Roster Atlas schedules shift workers for hospitals, warehouses and retailers.",
    remotePolicy: "Remote in the Americas; most teams meet in person once a year.",
    stack: ["java", "kotlin", "postgresql", "rabbitmq", "redis", "aws", "aws-ecs", "rest"],
    teams: ["Core Platform", "Integrations", "Multi-tenancy"],
  },
  {
    slug: "ticketfold", name: "Ticketfold", industry: "saas", size: "SIZE_51_200", tier: "standard", footprint: "emea",
    description: "Ticketfold is a customer-support suite: shared inbox, chat and a help centre.",
    remotePolicy: "Remote from Europe, the Middle East and Africa.",
    stack: ["python", "nodejs", "postgresql", "mysql", "redis", "elasticsearch", "aws", "graphql"],
    teams: ["Core Platform", "Messaging", "Integrations"],
  },
  {
    slug: "airwave-media", name: "Airwave Media", industry: "media", size: "SIZE_51_200", tier: "standard", footprint: "us",
    description: "Airwave hosts and distributes podcasts, with ad insertion and listener analytics.",
    remotePolicy: "Remote in the US and Canada.",
    stack: ["python", "go", "postgresql", "redis", "aws-sqs-sns", "aws", "rest"],
    teams: ["Streaming Backend", "Ad Delivery"],
  },
  {
    slug: "reelhouse", name: "Reelhouse", industry: "media", size: "SIZE_1001_PLUS", tier: "strong", footprint: "global",
    description: "Reelhouse streams independent films and series to subscribers in sixty countries.",
    remotePolicy: "Remote with regional hubs; engineering works across the Americas, Europe and Asia-Pacific.",
    stack: ["java", "go", "kafka", "cassandra", "redis", "kubernetes", "istio", "aws", "gcp"],
    teams: ["Playback", "Content Metadata", "Recommendations", "Notifications"],
  },
];
