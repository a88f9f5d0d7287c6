# gapcheck technology catalogue: practices (see gapcheck-lexicon(5)).
#
# The concepts that technologies prove: Prometheus proves monitoring,
# JUnit testing, Hibernate a data access layer.  They have no spellings
# here: a role that asks for one adopts it with a skill block of the same
# id and says how a resume writes it and what it weighs.  They exist in
# the catalogue so that every role's implications can name them.
skill monitoring "Monitoring and alerting"
	kind practice
	source common
skill logging "Logging"
	kind practice
	source common
skill observability "Observability"
	kind practice
	source common
skill distributed-tracing "Distributed tracing"
	kind practice
	source common
skill ci-cd "CI/CD"
	kind practice
	source common
skill continuous-integration "Continuous integration"
	kind practice
	source common
skill continuous-delivery "Continuous delivery"
	kind practice
	source common
skill testing "Testing"
	kind practice
	source common
skill performance-testing "Performance testing"
	kind practice
	source common
skill data-access-layer "Data access layer (ORMs)"
	kind practice
	source common
skill containerization "Containerization"
	kind practice
	source common
skill container-orchestration "Container orchestration"
	kind practice
	source common
skill infrastructure-as-code "Infrastructure as code"
	kind practice
	source common
skill nosql "NoSQL databases"
	kind practice
	source common
skill rdbms "Relational databases"
	kind practice
	source common
skill event-streaming "Event streaming"
	kind practice
	source common
skill serverless "Serverless"
	kind practice
	source common
skill caching "Caching"
	kind practice
	source common
skill api-development "API development"
	kind practice
	source common
skill rest-api "REST APIs"
	kind practice
	source common
skill authentication "Authentication and authorization"
	kind practice
	source common
skill encryption "Encryption"
	kind practice
	source common
skill devops "DevOps"
	kind practice
	source common
skill cloud-computing "Cloud computing"
	kind practice
	source common
skill background-jobs "Background jobs"
	kind practice
	source common
skill microservices "Microservices"
	kind practice
	source common
skill version-control "Version control"
	kind practice
	source common
skill data-engineering "Data engineering"
	kind practice
	source common
skill machine-learning "Machine learning"
	kind practice
	source common
skill frontend-development "Front-end development"
	kind practice
	source common
skill mobile-development "Mobile development"
	kind practice
	source common
