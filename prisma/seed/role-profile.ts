// The one role Backplane is about, as structured rows. Facts follow the seed document; the prose is ours.

type Entry = { title: string; body: string };

export const ROLE_PROFILE = {
  slug: "remote-backend-architect",
  name: "Remote backend architect",
  summary:
    "A backend architect is the senior engineer who decides how the server side of a product is put together: which services exist and where their edges are, what their APIs promise, how data is modelled and stored, and which distributed-systems patterns the backend teams build on. Done well, the result is a system that stays reliable and keeps scaling while many teams ship into it.",
  whereItFits:
    "The role sits at staff or principal level: above senior backend engineer, below head of backend or VP of engineering. It appears once a company's server-side systems are too large and interconnected for any single team lead to keep coherent. Some companies give the architect a backend platform team; most keep it an individual-contributor role. People who also grow vision and leadership often move on to engineering director, CTO or founding-engineer positions.",
  remoteWork:
    "Most of the job already happens in writing (design documents, reviews, decision records), so it travels well across time zones. The hard part remotely is persuasion: getting several teams to adopt a standard you do not manage them into. That takes clear written proposals, an asynchronous review habit and reference material people can find on their own. Expect to join incident rotations for system-wide outages, which means dependable remote access to dashboards, traces and logs and a clear escalation path.",
  howToGetHired:
    "Bring evidence that you owned a consequential architectural decision at scale: splitting a monolith, moving a large dataset to a new store, choosing a weaker consistency guarantee under production pressure, or a versioning scheme that let many clients keep working as the API changed. In system design rounds, explain how your design breaks, not only how it works. Employers typically ask for eight or more years of backend work, depth in at least one of Go, Python, Java, Node.js or Rust, and sound judgement about which database suits which workload.",
};

export const RESPONSIBILITIES: Entry[] = [
  {
    title: "Service boundaries and communication",
    body: "Decide which services exist, what each one owns, and how they talk: synchronous calls over REST or gRPC, asynchronous events through Kafka or SQS, or a mix chosen per interaction.",
  },
  {
    title: "API contracts",
    body: "Design the interfaces frontend teams and outside integrators rely on, including versioning and pagination conventions, so they can evolve without breaking clients.",
  },
  {
    title: "Data modelling standards",
    body: "Pick the right kind of store for each access pattern (relational, document, graph or time-series) and set schema conventions that hold up as volumes grow.",
  },
  {
    title: "Design reviews and decision records",
    body: "Review the big backend initiatives (new services, database migrations, caching layers, third-party integrations) and keep a written record of why the system looks the way it does.",
  },
  {
    title: "Cross-cutting concerns",
    body: "Own the things every service must do the same way: authentication and authorisation, secrets handling, tracing, metrics and logging standards, error conventions and rate limiting.",
  },
  {
    title: "Performance and reliability trade-offs",
    body: "Judge when to add a cache, when to move work onto a queue, and when giving up some consistency buys the availability the product needs under load.",
  },
];

export const INTERVIEW_TOPICS: Entry[] = [
  {
    title: "A rate limiter at scale",
    body: "Limit requests per client across many gateway nodes: token bucket or sliding window, where the counters live, and what happens when that store is slow or unreachable.",
  },
  {
    title: "A real-time notification system",
    body: "Deliver events to millions of connected clients: fan-out strategy, connection management, ordering and delivery guarantees, and catching up after a disconnect.",
  },
  {
    title: "Event sourcing for financial transactions",
    body: "Record every change to an account as an immutable event: idempotent writes, snapshots, projections for reads, and how corrections happen without rewriting history.",
  },
  {
    title: "A globally consistent key-value store",
    body: "Replicate data across regions: consensus or quorum choices, the latency that strong consistency costs, and behaviour during a network partition.",
  },
  {
    title: "Failure modes of your own design",
    body: "Interviewers at this level push past the happy path: what fails first, how you would notice, how the system degrades, and how it recovers.",
  },
];

export const FAQS: { question: string; answer: string }[] = [
  {
    question: "How is a backend architect different from a solutions architect?",
    answer:
      "A backend architect designs a product company's own server-side systems and works with its internal teams. A solutions architect usually faces customers, often close to sales, and designs how a customer plugs the company's products into their own systems.",
  },
  {
    question: "Is backend architecture just another name for systems design?",
    answer:
      "Not quite. Systems design is the wider discipline and can also cover infrastructure and data architecture. Backend architecture applies those principles specifically to the server-side parts of a product.",
  },
  {
    question: "Do backend architects manage people?",
    answer:
      "Usually not. It is a senior individual-contributor role judged on technical quality and system design. Some companies attach a small team to an architecture lead, but responsibility for people's growth and delivery stays with engineering managers.",
  },
];

/**
 * Vocabulary the role profile lists, grouped on the page by category; essential ones are expected of
 * every candidate. The tools are the seed document's: languages, messaging, orchestration, service
 * mesh, API gateways, observability, databases, caches, search and infrastructure as code.
 */
export const PROFILE_SKILLS: { slug: string; essential: boolean }[] = [
  { slug: "distributed-systems", essential: true },
  { slug: "system-design", essential: true },
  { slug: "api-design", essential: true },
  { slug: "postgresql", essential: true },
  { slug: "event-driven", essential: true },
  ...[
    "go",
    "java",
    "python",
    "nodejs",
    "rust",
    "kafka",
    "rabbitmq",
    "aws-sqs-sns",
    "google-pubsub",
    "kubernetes",
    "aws-ecs",
    "istio",
    "linkerd",
    "aws-app-mesh",
    "kong",
    "aws-api-gateway",
    "apigee",
    "datadog",
    "opentelemetry",
    "jaeger",
    "mysql",
    "aurora",
    "dynamodb",
    "mongodb",
    "cassandra",
    "redis",
    "memcached",
    "elasticsearch",
    "opensearch",
    "terraform",
    "pulumi",
    "grpc",
    "graphql",
    "rest",
    "ddd",
    "cqrs",
    "event-sourcing",
  ].map((slug) => ({ slug, essential: false })),
];
