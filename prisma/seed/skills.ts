import type { SkillCategory } from "@/generated/prisma/enums";

// The controlled vocabulary listings, companies and candidates tag themselves with.

export type SkillSeed = { slug: string; name: string; category: SkillCategory };

const group = (category: SkillCategory, entries: [slug: string, name: string][]): SkillSeed[] =>
  entries.map(([slug, name]) => ({ slug, name, category }));

export const SKILLS: SkillSeed[] = [
  ...group("LANGUAGE", [
    ["go", "Go"],
    ["python", "Python"],
    ["java", "Java"],
    ["kotlin", "Kotlin"],
    ["nodejs", "Node.js"],
    ["rust", "Rust"],
    ["typescript", "TypeScript"],
    ["scala", "Scala"],
  ]),
  ...group("MESSAGING", [
    ["kafka", "Kafka"],
    ["rabbitmq", "RabbitMQ"],
    ["aws-sqs-sns", "AWS SQS/SNS"],
    ["google-pubsub", "Google Pub/Sub"],
  ]),
  ...group("ORCHESTRATION", [
    ["kubernetes", "Kubernetes"],
    ["aws-ecs", "Amazon ECS"],
  ]),
  ...group("SERVICE_MESH", [
    ["istio", "Istio"],
    ["linkerd", "Linkerd"],
    ["aws-app-mesh", "AWS App Mesh"],
  ]),
  ...group("API_GATEWAY", [
    ["kong", "Kong"],
    ["aws-api-gateway", "AWS API Gateway"],
    ["apigee", "Apigee"],
  ]),
  ...group("OBSERVABILITY", [
    ["datadog", "Datadog"],
    ["opentelemetry", "OpenTelemetry"],
    ["jaeger", "Jaeger"],
    ["prometheus", "Prometheus"],
  ]),
  ...group("DATABASE", [
    ["postgresql", "PostgreSQL"],
    ["mysql", "MySQL"],
    ["aurora", "Amazon Aurora"],
    ["dynamodb", "DynamoDB"],
    ["mongodb", "MongoDB"],
    ["cassandra", "Cassandra"],
  ]),
  ...group("CACHE", [
    ["redis", "Redis"],
    ["memcached", "Memcached"],
  ]),
  ...group("SEARCH", [
    ["elasticsearch", "Elasticsearch"],
    ["opensearch", "OpenSearch"],
  ]),
  ...group("INFRASTRUCTURE", [
    ["terraform", "Terraform"],
    ["pulumi", "Pulumi"],
  ]),
  ...group("CLOUD", [
    ["aws", "AWS"],
    ["gcp", "Google Cloud"],
    ["azure", "Azure"],
  ]),
  ...group("API_STYLE", [
    ["grpc", "gRPC"],
    ["graphql", "GraphQL"],
    ["rest", "REST"],
  ]),
  ...group("PRACTICE", [
    ["event-driven", "Event-driven architecture"],
    ["ddd", "Domain-driven design"],
    ["cqrs", "CQRS"],
    ["event-sourcing", "Event sourcing"],
    ["distributed-systems", "Distributed systems"],
    ["api-design", "API design"],
    ["system-design", "System design"],
  ]),
];
