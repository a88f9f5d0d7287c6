role backend "Backend Engineer"
guide g000 000_91bf092c8ed3022c.txt "Senior Backend Software Engineer (career guide)"
guide g001 001_4931618af232da5f.txt "Backend Software Engineer (career guide)"
guide g002 002_2eafb628cf298c56.txt "Backend Software Engineer (skills card)"
guide g003 003_b7da61b0ef0da0a8.txt "Senior Backend Engineer 2026 (roadmap)"
guide g004 004_1adffa7110a13d38.txt "Back End Engineer (career guide)"
stage junior 0 2 "Junior"
stage mid 2 5 "Mid-level"
stage senior 5 8 "Senior"
stage lead 8 12 "Lead"
stage principal 12 + "Principal"
threshold 0.2
category language "Languages"
category practice "Engineering practices"
section skills "skills" "technical skills" "tech skills" "key skills" "core skills" "hard skills" "skill set" "skillset"
section experience "experience" "work experience"
section education "education"
context-section skills
experience-section experience
negation-before \b(?:no|zero)\s+(?:prior\s+|professional\s+|hands-on\s+|real\s+|production\s+)?(?:experience|exposure|knowledge|background)\s+(?:with|in|of|using)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}(?:(?:any|other|an?|the)\s+)?$
negation-before \b(?:not|never|haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:yet\s+|ever\s+|really\s+|personally\s+)?(?:used|worked\s+(?:with|in|on)|touched|tried|programmed\s+in|written|shipped)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}(?:(?:any|other|an?|the)\s+)?$
negation-before \b(?:without|unfamiliar\s+with|not\s+familiar\s+with|lack(?:ing)?\s+(?:experience\s+)?(?:with|in))\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}(?:(?:any|other|an?|the)\s+)?$
rule-set roles veto-line (?:\bhir(?:e|ing)|\brecruiting|(?<!event\s)\bsourcing|\bstaffing)\s+for\b|(?<=\d\s)placements\b
rule-words no zero not never haven hasn have has didn did without
rule-words unfamiliar familiar lack lacking none
rule-words learning studying learn study want wanting wants plan planning hope
rule-words hoping eager keen aim aiming interested preparing introductory
rule-words progress beginner cares care values value through enrolled
rule-words looking touched tried played dabbled tutorial tutorials training
rule-words courses started starting
context-words opentelemetry grafana prometheus zipkin jaeger kibana elasticsearch opensearch
context-words logstash fluentd splunk cloudwatch dynatrace opsgenie crashlytics
context-words nginx haproxy istio linkerd argocd etcd gitlab bitbucket circleci travisci
context-words typescript kotlin grpc protobuf openapi websockets rabbitmq activemq
context-words kinesis sqs ec2 eks gke aks fargate cloudfront
context-words memcached fastapi sqlalchemy pydantic gunicorn uvicorn numpy webpack npm
context-words mern nestjs gradle linux ansible pulumi pprof k6 jmeter gatling json yaml
context-words bigquery snowflake redshift dataflow airflow kubeflow mlflow pytorch vllm
context-words openshift heroku vercel netlify sqlite cockroachdb clickhouse influxdb
context-words timescaledb neo4j pgbouncer sidekiq mockito testcontainers intellij powershell
context-words tokio axum openraft jupyter scikit

skill python "Python"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias python cpython
	pattern python\s?[23](?:\.\d{1,2})?
	veto-before \b(?:reticulated|burmese|ball|royal|carpet|blood|amethystine|anthill|children's|woma|(?:african|indian)\s+rock|green\s+tree)\s+$
	veto-after ^\s*(?:snakes?|regius|molurus|bivittatus|reticulatus|enclosures?|hatchlings?)\b
	use roles

skill java "Java"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias "java se" "java ee" "jakarta ee" j2ee jvm "core java" "java programming" "java development" "java developer" "java engineer"
	ambiguous java
	pattern java\s?(?:se\s?|ee\s?)?(?:[5-9]|1\d|2\d)(?:\.\d+)?
	veto-before \b(?:cup\s+of|island\s+of|central|east|west|island|coffee|hot)\s+$
	veto-after ^\s*(?:,\s*)?(?:indonesia|island|sea|coffee|beans?|man|trench|jive)\b
	cue-before \b(?:years?\s+of|core|advanced|modern|enterprise)\s+$
	cue-after ^\s*(?:experience|expertise|skills|background|jdk|ee|se|virtual\s+machine)\b
	use roles

skill go "Go"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias golang "go lang" "go programming" "go language"
	ambiguous go
	veto-after ^\s+(?:(?:backend|back\s*-?\s*end|frontend|platform|data|infra\w*)\s+)?teams?\b
	veto-before \b(?:willing|ready|able|want|wanted|need|needed|going|eager|free|love|like|have|had|got)\s+to\s+$
	veto-before \b(?:on\s+the|let's|lets|let|will|shall|must|gonna|always|never|often|would|could|can)\s+$
	veto-after ^\s+(?:ahead|above|beyond|the\s+extra|extra|out|back|through|into|home|live|green|getter|getters|hand\s+in\s+hand|over|away|abroad|shopping|hiking|camping|running|fishing)\b
	veto-after ^\s+to\s+(?:market|the|a|an|work|school|college|church|bed|sleep|meetings?|events?|person|resource|guy|place|places)\b
	use roles

skill nodejs "Node.js"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias node.js nodejs "node js"
	ambiguous node
	cue-after ^\s*v?(?:[4-9]|1\d|2\d)(?:\.x)?\b(?!\s*(?:%|cm|mm|of\b|positive|negative))
	veto-before \b(?:lymph|sentinel|axillary|cervical|thyroid|network|tree|graph|leaf|root|parent|child|edge|single|each|every|sinus|av|sa)\s+$
	veto-after ^\s*(?:biops(?:y|ies)|dissection|metasta\w*|status|involvement|positive|negative|stations?)\b
	use roles

skill rust "Rust"
	category language
	stage junior
	weight 0
	from g000
	alias rustlang "rust lang" "rust programming" "rust language"
	ambiguous rust
	veto-before \b(?:remove|removed|removing|removal\s+of|prevent|prevented|preventing|treat|treated|treating|anti|car|vehicle|surface|light|heavy|fungus|wheat|leaf|stem)\s+$
	veto-after ^\s*(?:removal|remover|prevention|proof|proofing|treatment|stains?|spots?|belt|damage|repair|converter|inhibitors?|resistant|fungus|disease|colou?r|colou?red)\b
	use roles

skill javascript "JavaScript"
	category language
	stage junior
	weight 0
	from g001
	alias javascript js ecmascript es6
	use roles

group backend-language "A backend language (Python, Java, Go, Node.js or Rust)"
	stage junior
	weight 5
	from g000 g001 g002 g004
	members python java go nodejs rust

skill backend-development "Backend development"
	category practice
	stage junior
	weight 5
