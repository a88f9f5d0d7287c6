# gapcheck lexicon: backend engineer (format version 1, see gapcheck-lexicon(5))
#
# Sources: the five career guides declared below.  Every skill and group
# names the guides that mention it (from); only facts are taken from them
# (skill names, stages, years), never their wording.
#
# Stages follow the guides' career-path sections: junior 0-2 years, mid 2-5,
# senior 5-8, lead 8-12, principal 12+.  A skill sits at the stage where the
# guides first expect it; where they give no stage it sits with its kind
# (languages and SQL at junior, cloud and containers at mid, architecture
# and operations at senior, ownership of teams and costs at lead).
#
# Weight rule, applied to every skill and group:
#   weight = n + b, capped at 5, where
#     n = number of guides that name the skill or requirement;
#     b = 1 if at least one guide puts it in an explicit skills list:
#         g000's key-skills FAQ answer, g002's top skills or often-missing
#         skills, g003's roadmap phases (topics, skills to learn,
#         milestones), g004's required skills.
#   weight = 0 for:
#     - members of a group (the group carries the weight);
#     - umbrella spellings whose weight is carried by what they imply
#       (ci-cd implies continuous integration and delivery);
#     - things named only in passing: in a day-in-the-life anecdote, a
#       certification blurb or a trend aside (vendor tools such as Datadog,
#       the certifications themselves, serverless, pair programming);
#     - the AI-infrastructure items of g003 (recognized, not yet required).
#
# alias or ambiguous?
#   alias     = a spelling that is technical in itself: seeing it anywhere
#               in a resume is evidence of the skill, and it also makes its
#               line technical context for the ambiguous spellings on it.
#   ambiguous = a spelling with an ordinary or non-software sense that a
#               resume could plausibly use (go, rust, spring, express,
#               kafka, flask, docker, "testing" of blood samples,
#               "monitoring" of patients, storage "containers", a
#               "security" guard, military "deployment", "architecture" of
#               buildings ...).  It counts only in technical context.
#   Soft skills (communication, collaboration, problem solving, time
#   management) and people-leadership words (mentoring, hiring, team lead)
#   are deliberately ambiguous too, with skill cues: "excellent
#   communication skills" counts in any resume, because it is the same
#   skill in every job.  Once counted, such a word vouches for the other
#   ambiguous words on its line like any counted mention, so the skills
#   whose words other trades share carry vetoes of their own: "strong
#   communication, cost control and vendor negotiation" on a buyer's
#   resume is not cloud cost optimization.
#   Python stays an alias: the snake practically never occurs in a
#   resume, and Python anchors the context of the ambiguous words next to
#   it ("Python and Go").  Java does not: "taught English in Java,
#   Indonesia" is a real resume line.
#
# Any-of requirements ("a backend language", "a relational database", ...)
# are groups; a Python developer is never told they miss Java.

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

threshold 0.6

category language "Languages"
category framework "Frameworks"
category database "Databases"
category api "APIs"
category cloud "Cloud platforms and services"
category container "Containers and orchestration"
category cicd "CI/CD and version control"
category observability "Observability"
category security "Security"
category architecture "Architecture"
category distributed "Distributed systems"
category practice "Engineering practices"
category reliability "Reliability and operations"
category leadership "Leadership"
category soft "Soft skills"
category certification "Certifications"
category ai "AI infrastructure"

# ---------------------------------------------------------------------------
# Resume sections, known by their headings.  Every piece of evidence
# records its section, so a report can tell "listed in skills" from "used
# in experience".  A heading is a line made of one of these phrases (a
# trailing colon allowed); the same phrase followed by a colon and more
# text is a label ("Tech stack: Go, Postgres").
section skills "skills" "technical skills" "tech skills" "key skills" "core skills" "hard skills" "skill set" "skillset"
section skills "core competencies" "technical competencies" "competencies" "technical proficiencies" "proficiencies"
section skills "technical expertise" "areas of expertise" "expertise"
section skills "tech stack" "stack" "technology stack" "technologies" "technology" "tools" "tools and technologies" "tools & technologies"
section skills "programming" "programming languages" "languages" "frameworks" "libraries" "frameworks and libraries"
section skills "databases" "data stores" "cloud" "cloud platforms" "platforms" "infrastructure" "devops" "observability"
section skills "environment" "environments" "methodologies" "software"
section summary "summary" "professional summary" "career summary" "profile" "professional profile" "about" "about me" "objective" "career objective"
section experience "experience" "work experience" "professional experience" "relevant experience" "employment" "employment history" "work history" "career history" "leadership"
section projects "projects" "personal projects" "side projects" "selected projects" "open source" "open source contributions"
section education "education" "education and training" "academic background" "qualifications" "courses" "coursework" "training"
section certifications "certifications" "certificates" "licenses" "licenses and certifications" "certifications and licenses"
section other "awards" "honors" "honours" "awards and honors" "achievements" "accomplishments" "publications"
section other "interests" "hobbies" "hobbies and interests" "personal interests" "activities" "extracurricular activities"
section other "volunteering" "volunteer experience" "volunteer work" "community service" "community involvement"
section other "memberships" "affiliations" "professional affiliations" "personal" "personal information" "contact" "contact information" "references"

# Technical context for ambiguous spellings: a line in the skills section,
# or a line labelled with one of its headings.
context-section skills

# Date ranges in these sections are jobs: they give years of experience.
experience-section experience

# Job postings (--against): a skill weighs by the section that asks for
# it; skills named elsewhere in a posting weigh the default.  The lists
# of a posting's requirements are technical context, like a skills list.
section required "requirements" "required" "required skills" "required qualifications" "minimum qualifications" "basic qualifications" "must have" "must haves" "what you'll need" "what you need" "what we're looking for" "what we are looking for" "you have" "you should have" "who you are"
section preferred "nice to have" "nice to haves" "bonus" "bonus points" "preferred" "preferred qualifications" "preferred skills" "pluses" "it's a plus" "extra credit"
section responsibilities "responsibilities" "key responsibilities" "what you'll do" "what you will do" "the role" "about the role" "your role" "duties"
context-section required preferred responsibilities
posting-weight required 3
posting-weight responsibilities 2
posting-weight preferred 1
posting-weight default 2

# Negation: a mention after these is not evidence ("no experience with
# Kafka", "never worked with Java or Go", "without Docker").  The list
# continuation lets "no experience with Kafka or RabbitMQ" reach RabbitMQ.
negation-before \b(?:no|zero)\s+(?:prior\s+|professional\s+|hands-on\s+|real\s+|production\s+)?(?:experience|exposure|knowledge|background)\s+(?:with|in|of|using)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}$
negation-before \b(?:not|never|haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:yet\s+|ever\s+|really\s+|personally\s+)?(?:used|worked\s+(?:with|in|on)|touched|tried|programmed\s+in|written|shipped)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}$
negation-before \b(?:without|unfamiliar\s+with|not\s+familiar\s+with|lack(?:ing)?\s+(?:experience\s+)?(?:with|in))\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}$
negation-after ^\s*(?:\(|-|:)?\s*(?:no\s+experience|not\s+yet\s+used|never\s+used|none)\b

# Learning: weaker evidence, reported as such and not as the skill
# ("currently learning Rust", "studying for the AWS certification").
# "machine learning" is a field, not a plan.
learning-before (?<!machine )(?<!deep )(?<!reinforcement )\b(?:(?:currently|now|actively)\s+)?(?:learning|studying)\s+(?:the\s+)?(?:basics\s+of\s+)?(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}$
learning-before \b(?:want(?:ing)?|plan(?:ning)?|hope|hoping|eager|keen|aim(?:ing)?)\s+to\s+(?:learn|study|pick\s+up|get\s+into)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}$
learning-before \b(?:interested\s+in|studying\s+for\s+(?:the\s+|an?\s+)?|preparing\s+for\s+(?:the\s+|an?\s+)?|introductory\s+course\s+(?:on|in))\s*(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}$
learning-after ^\s*\((?:learning|in\s+progress|currently\s+learning|beginner)\)
# The negation and learning rules above run only on lines holding one of
# these words; a rule that needs another word must add it here.
rule-words no zero not never haven hasn have has didn did without
rule-words unfamiliar familiar lack lacking none
rule-words learning studying learn study want wanting plan planning hope
rule-words hoping eager keen aim aiming interested preparing introductory
rule-words progress beginner

# Cues: what around an ambiguous word makes it technical.
# "written in Go", "built with Flask", "deployed on Azure", "using Docker"
cue-before \b(?:in|using|with|via|on|leveraging|utili[sz]ing)\s+$
# lists that continue one: "in Go, Rust and", "with Flask/"
cue-before \b(?:in|using|with)\s+(?:[\w.+#-]+\s*(?:,|/)\s*){0,4}[\w.+#-]+\s*(?:,|/|\band\b|\bor\b)\s*$
# "experience with Python and", "proficient in"
cue-before \b(?:proficient|proficiency|fluent|fluency|experienced|expertise|skilled|familiar|familiarity)\s+(?:in|with)\s+$
# software moved to it: "ported the scheduler to Go", "migrated the app
# from Struts to Spring", "deployed the services to Azure" (but not
# "deployed with the Navy to Java", "migrated to Spring Valley")
cue-before \b(?:port(?:ed|ing)?|migrat(?:e|ed|ing)|rewr(?:ite|ote|itten|iting)|deploy(?:ed|ing|s)?|upgrad(?:e|ed|ing)|switch(?:ed|ing)?|convert(?:ed|ing)?|mov(?:e|ed|ing))\s+(?:[\w.+#/'-]+\s+){0,4}(?:services?|apps?|applications?|code|codebase|workloads?|apis?|microservices?|functions?|containers?|pipelines?|jobs?|modules?|views?|schedulers?|backends?|monoliths?|tooling|clis?|scripts?|librar(?:y|ies)|sdks?|stack|databases?|tests?|builds?|repos?|repositories|endpoints?|workers?|consumers?|parsers?|engines?|vms?|servers?|instances|clusters?)\s+(?:[\w.+#/'-]+\s+){0,4}(?:to|onto|into)\s+$
# a version right after: "Go 1.21", "Express 4.18", "Node 18.x"
cue-after ^\s*v?\d+\.(?:\d+|x)\b
# a software noun right after: "Go developer", "Kafka cluster", "Docker containers"
cue-after ^\s*(?:developers?|development|engineers?|engineering|programming|programmer|code|codebase|coding|lang|language|sdk|runtime|modules?|packages?|library|libraries|frameworks?|microservices?|services?|backends?|servers?|apis?|apps?|applications?|scripts?|scripting|cli|stack|ecosystem|tooling|toolchain|compiler|crates?|clusters?|consumers?|producers?|topics?|brokers?|pipelines?|deployments?|containers?|functions|endpoints?|queries|middleware|platforms?|outages?)\b
# "Go-based", "Rust-powered"
cue-after ^-(?:based|powered|native|backed)\b
# a technology the role does not list, anywhere on the line: "tracing with
# OpenTelemetry", "monitoring with Prometheus and Grafana".  Only names
# with no everyday sense; they are context, not skills.
cue-before \b(?:opentelemetry|grafana|prometheus|zipkin|kibana|elasticsearch|opensearch|logstash|fluentd|splunk|cloudwatch|nginx|haproxy|istio|argocd|etcd|gitlab|bitbucket|circleci|typescript|kotlin|grpc|protobuf|openapi|rabbitmq|activemq|kinesis|sqs|ec2|memcached|fastapi|sqlalchemy|pydantic|gunicorn|numpy|webpack|npm|mern|gradle|linux|ansible|pulumi|pprof|k6|jmeter|json|yaml|flame\s+graphs?|stored\s+procedures)\b
cue-after \b(?:opentelemetry|grafana|prometheus|zipkin|kibana|elasticsearch|opensearch|logstash|fluentd|splunk|cloudwatch|nginx|haproxy|istio|argocd|etcd|gitlab|bitbucket|circleci|typescript|kotlin|grpc|protobuf|openapi|rabbitmq|activemq|kinesis|sqs|ec2|memcached|fastapi|sqlalchemy|pydantic|gunicorn|numpy|webpack|npm|mern|gradle|linux|ansible|pulumi|pprof|k6|jmeter|json|yaml|flame\s+graphs?|stored\s+procedures)\b

# Vetoes win over every cue and every other context.
# a year or a season term right after: "Spring 2021", "Spring '21", "Spring semester"
veto-after ^\s*(?:19|20)\d\d\b
veto-after ^\s*'\d\d\b
veto-after ^\s*(?:semester|term|quarter|session|intake|cohort|break)\b
# a hyphen compound: "Go-getter", "go-to", "C-suite", "rust-colored", "spring-loaded",
# and the second half of one: "to-go", "anti-rust"; a number is no compound
# ("ADR-014")
veto-after ^-(?!(?:based|powered|native|backed|driven|first|compatible|only|specific)\b)[^\W\d]
veto-before \w-$
# "R&D", "P&L"
veto-after ^\s*&
# a possessive: "Kafka's novels"
veto-after ^'s\b
# a distance, a duration or a count right after: "go 5 miles", "rest 10 minutes"
veto-after ^\s*\d+(?:\.\d+)?\s*(?:%|(?:miles?|mi|km|kilomet(?:er|re)s?|hours?|hrs?|minutes?|mins?|times|x|percent|steps|blocks|floors|laps|rounds)\b)

# ===========================================================================
# Languages.  The guides ask for one backend language; which one is free.
# ===========================================================================

skill python "Python"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias python cpython
	pattern python\s?[23](?:\.\d{1,2})?

skill java "Java"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias "java se" "java ee" "jakarta ee" j2ee jvm "core java" "java programming" "java development" "java developer" "java engineer"
	# Java is also an island and a cup of coffee: "taught English in Java, Indonesia"
	ambiguous java
	veto-before \b(?:cup\s+of|island\s+of|central|east|west|island|coffee|hot)\s+$
	veto-after ^\s*(?:,\s*)?(?:indonesia|island|sea|coffee|beans?|man|trench|jive)\b
	cue-before \b(?:years?\s+of|core|advanced|modern|enterprise)\s+$
	cue-after ^\s*(?:experience|expertise|skills|background|jdk|ee|se|virtual\s+machine)\b
	pattern java\s?(?:se\s?|ee\s?)?(?:[5-9]|1\d|2\d)(?:\.\d+)?

skill go "Go"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias golang "go lang" "go programming" "go language"
	ambiguous go
	# "willing to go", "on the go", "go the extra mile", "go live"
	veto-before \b(?:willing|ready|able|want|wanted|need|needed|going|eager|free|love|like|have|had|got)\s+to\s+$
	veto-before \b(?:on\s+the|let's|lets|let|will|shall|must|gonna|always|never|often|would|could|can)\s+$
	veto-after ^\s+(?:ahead|above|beyond|the\s+extra|extra|out|back|through|into|home|live|green|getter|getters|hand\s+in\s+hand|over|away|abroad|shopping|hiking|camping|running|fishing)\b
	veto-after ^\s+to\s+(?:market|the|a|an|work|school|college|church|bed|sleep|meetings?|events?|person|resource|guy|place|places)\b

skill nodejs "Node.js"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias node.js nodejs "node js"
	ambiguous node
	# a major version: "Node 16 to Node 20"
	cue-after ^\s*v?(?:[4-9]|1\d|2\d)(?:\.x)?\b(?!\s*(?:%|cm|mm|of\b|positive|negative))
	veto-before \b(?:lymph|sentinel|axillary|cervical|thyroid|network|tree|graph|leaf|root|parent|child|edge|single|each|every|sinus|av|sa)\s+$
	veto-after ^\s*(?:biops(?:y|ies)|dissection|metasta\w*|status|involvement|positive|negative|stations?)\b

skill rust "Rust"
	category language
	stage junior
	weight 0
	from g000
	alias rustlang "rust lang" "rust programming" "rust language"
	ambiguous rust
	veto-before \b(?:remove|removed|removing|removal\s+of|prevent|prevented|preventing|treat|treated|treating|anti|car|vehicle|surface|light|heavy|fungus|wheat|leaf|stem)\s+$
	veto-after ^\s*(?:removal|remover|prevention|proof|proofing|treatment|stains?|spots?|belt|damage|repair|converter|inhibitors?|resistant|fungus|disease|colou?r|colou?red)\b

# JavaScript is named only as the front-end trio (HTML/CSS/JS); it is kept,
# unweighted, because Node.js implies it.
skill javascript "JavaScript"
	category language
	stage junior
	weight 0
	from g001
	alias javascript js ecmascript es6

group backend-language "A backend language (Python, Java, Go, Node.js or Rust)"
	stage junior
	weight 5
	from g000 g001 g002 g004
	members python java go nodejs rust

skill backend-development "Backend development"
	category practice
	stage junior
	weight 5
	from g000 g001 g002 g004
	alias "backend development" "backend engineering" "backend programming" "back end development" "back end engineering" "back end programming"
	alias "server side development" "server side programming" "backend engineer" "backend developer" "backend software engineer"
	alias "back end engineer" "back end developer" "backend systems" "backend services" "backend service"
	ambiguous backend "back end" "server side"
	# "the backend of our booking app"
	cue-after ^\s*(?:of|for)\s+(?:(?:our|the|an?|its|their|my)\s+)?(?:[\w'-]+\s+){0,2}(?:apps?|applications?|platforms?|services?|sites?|websites?|systems?|saas|products?)\b
	# car dealerships sell "back-end products"
	veto-after ^\s*(?:gross|sales|products|profit|revenue|f\s*&\s*i|finance|menu|of\s+the\s+(?:truck|car|vehicle|store|house|year|month))\b

skill data-structures-algorithms "Data structures and algorithms"
	category practice
	stage mid
	weight 3
	from g000 g001 g004
	alias "data structures" "data structures and algorithms" leetcode "algorithm design" "competitive programming"
	# clinical algorithms; DSA is also a student allowance
	ambiguous algorithms dsa
	veto-before \b(?:clinical|treatment|diagnostic|triage|trading|care|nursing)\s+$
	# "graph algorithms", "sorting algorithms"
	cue-before \b(?:graph|sorting|search|searching|string|tree|greedy|hashing|compression|recursive|parallel|concurrent|efficient|optimi[sz]ed|classic|fundamental)\s+$
	# the Disabled Students' Allowance; digital subtraction angiography
	veto-after ^\s*(?:applications?|assessments?|assessors?|funding|funded|claims?|eligibility|entitlement|procedures?|images?|imaging|runs?|studies|suite)\b
	veto-before \b(?:disabled\s+students'?|students'?|cerebral|carotid|renal|peripheral|digital\s+subtraction)\s+$

skill concurrency "Concurrency"
	category practice
	stage mid
	weight 0
	from g000
	alias concurrency "concurrent programming" multithreading "multi threading" "async await" "asynchronous programming"

# ===========================================================================
# Frameworks.  One server-side framework is asked for.
# ===========================================================================

skill flask "Flask"
	category framework
	stage junior
	weight 0
	from g001
	alias "flask restful" "flask restx" "flask framework"
	ambiguous flask
	implies python
	# the laboratory flask
	veto-before \b(?:erlenmeyer|volumetric|bottom|conical|lab|laboratory|hip|vacuum|thermos|filter|filtering|culture|shake|shaker|glass|reagent|titration|dewar|florence|boiling)\s+$
	veto-after ^\s*(?:of|cultures?|shaker|washing|sterili[sz]ation|bottles?|with\s+(?:media|reagents?|solution))\b

skill django "Django"
	category framework
	stage junior
	weight 0
	from g001 g004
	alias "django rest framework" "django framework"
	ambiguous django
	implies python
	veto-after ^\s+(?:reinhardt|unchained)\b

skill spring "Spring Framework"
	category framework
	stage junior
	weight 0
	from g001 g004
	alias "spring framework" "spring mvc" "spring cloud" "spring data" "spring security"
	ambiguous spring
	implies java
	# the season, the coil and the kitchen: "Spring 2021", "spring rolls"
	veto-before \b(?:hot|box|coil|leaf|mineral|this|last|next|early|late|each|every|fall|autumn|summer|winter|during|since|until|in\s+the|of\s+the|throughout)\s+$
	veto-after ^\s*(?:rolls?|onions?|water|menu|garden|gardens|mix|lamb|vegetables|greens|peas|collection|cleaning|season|festival|sale|sales|catalog|concert|fling|training|camp|fair|fever|tide|mattress|coils?|steel|clip|scale|loaded|planting|bulbs|time|musical|recital|graduation|/\s*(?:summer|fall|autumn|winter))\b

skill spring-boot "Spring Boot"
	category framework
	stage junior
	weight 0
	from g001 g004
	alias "spring boot" springboot
	implies java spring

skill express "Express.js"
	category framework
	stage junior
	weight 0
	from g004
	alias express.js expressjs "express js"
	ambiguous express
	implies nodejs javascript
	# "express delivery", "American Express", "express my ideas"
	veto-before \b(?:american|fedex|ups|dhl|priority|federal|orient|pony|able\s+to|to|clearly|freely|airport|global|postal)\s+$
	veto-after ^\s*(?:delivery|deliveries|shipping|mail|post|lane|lanes|checkout|check\s*-?\s*in|entry|train|trains|bus|buses|service|services|lines?|written|consent|permission|interest|gratitude|concerns?|ideas?|myself|themselves|feelings|emotions|opinions?|appreciation|courier|parcels?|card|oil|care|clinic|kiosk|scripts)\b

group backend-framework "A server-side framework (Spring Boot, Django, Flask or Express.js)"
	stage junior
	weight 4
	from g001 g002 g004
	members flask django spring spring-boot express

# ===========================================================================
# Containers and orchestration.  Containers at mid (g001's roadmap puts
# them after the basics, with cloud); Kubernetes operations at senior
# (g003).  Both are "Docker/Kubernetes or equivalent" requirements.
# ===========================================================================

skill containerization "Containerization"
	category container
	stage mid
	weight 0
	from g000 g001 g002 g004
	alias containerization containerisation containerized containerised containerize containerizing "container images" "container image"
	ambiguous containers container
	# storage and shipping containers
	veto-before \b(?:storage|shipping|plastic|food|glass|waste|garbage|trash|recycling|sharps|specimen|sample|cargo|intermodal|freight|takeout|take\s*-?\s*out|to\s*-?\s*go|disposable|sealed|airtight|labeled|labelled|empty|hazardous|chemical|bulk|kitchen|deli|metal|cardboard|sterile)\s+$
	veto-after ^\s*(?:of|for\s+(?:food|storage|waste|shipping|leftovers)|ship|ships|yard|yards|terminal|port|lids?|and\s+(?:lids|boxes|bins|crates|pallets))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill docker "Docker"
	category container
	stage mid
	weight 0
	from g000 g001 g004
	alias dockerfile dockerfiles "docker compose" dockerized dockerised "docker containers" "docker images" "docker swarm" "docker engine" "docker desktop"
	# a docker also loads ships
	ambiguous docker
	veto-before \b(?:as\s+an?|port|dock|harbou?r|ship)\s+$
	cue-after ^\s*(?:images?|hub|compose|files?|volumes?)\b

group containers "Containerization (Docker or equivalent)"
	stage mid
	weight 5
	from g000 g001 g002 g004
	members docker containerization

skill container-orchestration "Container orchestration"
	category container
	stage senior
	weight 0
	from g000 g001 g004
	alias "container orchestration" "container orchestrator"
	ambiguous orchestration
	veto-before \b(?:music|musical|orchestral|symphonic|band|film|score|choral)\s+$
	veto-after ^\s*(?:and\s+(?:arranging|arrangement|composition)|for\s+(?:band|orchestra|film|choir)|of\s+(?:music|scores?|songs?))\b
	implies containerization

skill kubernetes "Kubernetes"
	category container
	stage senior
	weight 0
	from g000 g001 g003 g004
	alias kubernetes k8s kube kubectl "kubernetes operations"
	implies containerization

group orchestration "Container orchestration (Kubernetes or equivalent)"
	stage senior
	weight 5
	from g000 g001 g003 g004
	members kubernetes container-orchestration

# ===========================================================================
# Cloud.  One cloud platform is asked for (g004: AWS, Azure or Google
# Cloud); the services named are those of the certifications.
# ===========================================================================

skill aws "AWS"
	category cloud
	stage mid
	weight 0
	from g000 g001 g003 g004
	alias aws "amazon web services" "amazon aws" "aws cloud"

skill gcp "Google Cloud"
	category cloud
	stage mid
	weight 0
	from g000 g001 g004
	alias "google cloud" "google cloud platform" gcloud
	# GCP is also Good Clinical Practice: "ICH-GCP certified"
	ambiguous gcp
	veto-before \b(?:ich|glp|gmp|clinical|good\s+clinical\s+practice)\s*[(/]?\s*$
	veto-after ^\s*(?:[)/]\s*)?(?:certified|certification|certificate|training|guidelines|compliance|compliant|standards|regulations|glp|gmp|audits?|inspections?)\b
	# a line about clinical research: "trained site staff in GCP and protocol compliance"
	veto-before \b(?:clinical|sponsors?|irb|fda|ich|investigators?|study\s+(?:coordinators?|sites?|subjects|protocols?)|protocol\s+(?:compliance|deviations?|amendments?|adherence)|site\s+staff|informed\s+consent|e?crfs?|pharmacovigilance|adverse\s+events?)\b
	veto-after \b(?:clinical|sponsors?|irb|fda|ich|investigators?|study\s+(?:coordinators?|sites?|subjects|protocols?)|protocol\s+(?:compliance|deviations?|amendments?|adherence)|site\s+staff|informed\s+consent|e?crfs?|pharmacovigilance|adverse\s+events?)\b
	# a Google Cloud certification: "GCP Professional Cloud Architect"
	cue-after ^\s*(?:professional|associate)\s+(?:cloud|data|machine\s+learning|collaboration|workspace)\b

skill azure "Microsoft Azure"
	category cloud
	stage mid
	weight 0
	from g004
	alias "microsoft azure" "ms azure" "azure cloud" "azure functions"
	# also a colour
	ambiguous azure
	veto-after ^\s*(?:blue|sky|skies|sea|seas|waters?|coast|eyes|colou?r|paint|tiles?|silk)\b

# "Cloud computing" without a named provider still meets the requirement.
skill cloud-computing "Cloud computing"
	category cloud
	stage mid
	weight 0
	from g002 g004
	alias "cloud computing" "cloud platforms" "cloud platform" "cloud services" "cloud infrastructure" "cloud native"
	alias "cloud environments" "cloud environment" "cloud providers" "cloud provider" "public cloud" "multi cloud" "hybrid cloud"

group cloud-platform "A cloud platform (AWS, Google Cloud or Azure)"
	stage mid
	weight 5
	from g000 g001 g002 g003 g004
	members aws gcp azure cloud-computing

skill serverless "Serverless"
	category architecture
	stage mid
	weight 0
	from g000 g004
	alias serverless "serverless computing" "serverless architecture" "serverless functions" faas "functions as a service"

skill aws-lambda "AWS Lambda"
	category cloud
	stage mid
	weight 0
	from g000
	alias "aws lambda" "amazon lambda" "lambda functions"
	# a Greek letter, and Java/Python lambda expressions
	ambiguous lambda
	veto-before \b(?:java|python|kotlin|c\+\+|anonymous|greek|using\s+java)\s+$
	veto-after ^\s*(?:expressions?|calculus|sensors?|phage|chi|alpha|theta|probes?)\b
	implies aws serverless

skill aws-api-gateway "AWS API Gateway"
	category cloud
	stage mid
	weight 0
	from g000
	alias "api gateway" "api gateways" "aws api gateway" "amazon api gateway"
	implies aws

skill cloud-run "Google Cloud Run"
	category cloud
	stage mid
	weight 0
	from g000
	alias "cloud run" "google cloud run"
	implies gcp serverless containerization

# Bare "pub/sub" is the generic messaging pattern (see event-streaming);
# only Google's product spellings imply GCP.
skill gcp-pubsub "Google Cloud Pub/Sub"
	category cloud
	stage mid
	weight 0
	from g000
	alias "google pub/sub" "gcp pub/sub" "cloud pub/sub" "google cloud pub/sub" "google pubsub" "gcp pubsub"
	implies gcp

skill cloud-architecture "Cloud architecture"
	category cloud
	stage senior
	weight 2
	from g002
	alias "cloud architecture" "cloud solutions architecture" "cloud architect" "cloud native architecture" "well architected framework" "cloud infrastructure design"
	implies cloud-computing

skill devops "DevOps"
	category cicd
	stage mid
	weight 2
	from g000 g004
	alias devops "dev ops" "devops practices" "devops culture" devsecops

skill infrastructure-as-code "Infrastructure as code"
	category cicd
	stage mid
	weight 0
	from g000
	alias "infrastructure as code" iac "infra as code" "infrastructure automation"

skill terraform "Terraform"
	category cicd
	stage mid
	weight 0
	from g000
	alias terraform "hashicorp terraform" "terraform modules"
	implies infrastructure-as-code

# ===========================================================================
# Databases.  SQL and database basics at junior; a relational store at
# junior, a NoSQL store at mid; tuning at mid; Postgres internals (g003's
# system-design phase) at senior.
# ===========================================================================

skill database-fundamentals "Database fundamentals"
	category database
	stage junior
	weight 5
	from g000 g001 g002 g004
	alias "database fundamentals" "database development" "database systems" "database engineering" "database programming" dbms
	# office work has "databases" too: "maintained the client database"
	ambiguous database databases "database management" db
	# "a relational database", "tuned the database", "database queries"
	cue-before \b(?:sql|relational|nosql|graph|document|time\s*-?\s*series|vector|production|transactional|oltp|olap|primary|replica|sharded|operational)\s+$
	cue-before \b(?:tuned|tuning|optimi[sz]ed|optimi[sz]ing|sharded|sharding|indexed|normali[sz]ed|denormali[sz]ed|replicated|partitioned|queried|querying|migrated|migrating)\s+(?:the\s+|our\s+|an?\s+)?$
	cue-after ^\s*(?:schemas?|queries|query|indexes|indices|migrations?|transactions?|tables?|servers?|clusters?|performance|tuning|layer|connections?|connection\s+pool\w*|replicas?|shards?|locks?|deadlocks?|triggers?|engines?)\b
	veto-before \b(?:client|customer|donor|member|membership|patient|student|contact|contacts|mailing|vendor|supplier|inventory|excel|access|crm|volunteer|alumni|parent|employee|sales|marketing|recipe)\s+$
	veto-after ^\s*(?:of\s+(?:clients|customers|donors|members|patients|students|contacts|vendors|suppliers|volunteers|alumni|parents|employees|recipes)|entry|entries)\b
	# "85 dB"
	veto-before \d\s*$
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill sql "SQL"
	category database
	stage junior
	weight 4
	from g000 g002 g004
	alias sql "structured query language" "t sql"
	implies database-fundamentals

skill postgresql "PostgreSQL"
	category database
	stage junior
	weight 0
	from g000 g001 g003 g004
	alias postgresql postgres psql "postgre sql" postgre pgsql
	implies sql database-fundamentals

skill mysql "MySQL"
	category database
	stage junior
	weight 0
	from g004
	alias mysql "my sql"
	implies sql database-fundamentals

# "Relational databases" without a product still meets the requirement.
skill rdbms "Relational databases"
	category database
	stage junior
	weight 0
	from g004
	alias rdbms "relational databases" "relational database" "relational dbs"
	implies sql database-fundamentals

group relational-database "A relational database (PostgreSQL or MySQL)"
	stage junior
	weight 5
	from g000 g001 g003 g004
	members postgresql mysql rdbms

skill data-access-layer "Data access layers and ORMs"
	category database
	stage junior
	weight 1
	from g002
	alias "data access layer" "data access layers" orm orms "object relational mapping" "object relational mapper" "repository pattern"

skill mongodb "MongoDB"
	category database
	stage mid
	weight 0
	from g004
	alias mongodb "mongo db" "mongodb atlas"
	ambiguous mongo
	cue-after ^\s*(?:aggregations?|collections?|documents?|shell|atlas|replica\s+sets?|indexes|schemas?)\b
	implies database-fundamentals

skill dynamodb "DynamoDB"
	category database
	stage mid
	weight 0
	from g000 g004
	alias dynamodb "dynamo db" "amazon dynamodb"
	ambiguous dynamo
	implies aws database-fundamentals

# "NoSQL" without a product still meets the requirement.
skill nosql "NoSQL databases"
	category database
	stage mid
	weight 0
	from g004
	alias nosql "no sql databases" "no sql database" "document databases" "document database" "document stores" "document store"
	alias "key value stores" "key value store" "wide column stores" "non relational databases" "non relational database"
	implies database-fundamentals

group nosql-database "A NoSQL store (MongoDB, DynamoDB or similar)"
	stage mid
	weight 3
	from g000 g004
	members mongodb dynamodb nosql

# g003 lists Redis among senior skills and g001 mentions a Redis cluster;
# it sits at mid with caching, where backend work usually meets it first.
skill redis "Redis"
	category database
	stage mid
	weight 3
	from g001 g003
	alias redis "redis cluster" "redis cache" "redis sentinel"

skill query-optimization "Query optimization"
	category database
	stage mid
	weight 4
	from g000 g001 g002 g004
	alias "query optimization" "query optimisation" "query tuning" "database optimization" "database optimisation" "database tuning"
	alias "database performance tuning" "query performance" "query plans" "optimized queries" "optimizing queries" "slow queries" "slow query"
	implies database-fundamentals

skill database-indexing "Database indexing"
	category database
	stage mid
	weight 3
	from g002 g004
	alias "database indexing" "database indexes" "database indices" "index tuning" "index optimization" "b tree indexes" "indexing strategies" "indexing strategy"
	ambiguous indexing indexes
	# a librarian's indexing, an index-linked salary
	veto-before \b(?:book|back\s+of\s+book|library|archival|document|documents|legal|subject|inflation|wage|salary|price|cost|record|records)\s+$
	veto-after ^\s*(?:of\s+(?:books?|documents?|records?|files|periodicals|archives|publications)|and\s+(?:abstracting|cataloging|cataloguing|filing|archiving)|services)\b
	implies database-fundamentals

skill database-design "Database design"
	category database
	stage mid
	weight 2
	from g002
	alias "database design" "db design" "schema design" "database schema design" "database schemas" "database schema" "relational schema design"
	implies database-fundamentals

skill data-modeling "Data modeling"
	category database
	stage mid
	weight 2
	from g002
	alias "data modeling" "data modelling" "data models" "data model" "entity relationship modeling" "er diagrams" erd "domain modeling" "domain modelling"

skill database-migrations "Database migrations"
	category database
	stage mid
	weight 0
	from g004
	alias "database migrations" "database migration" "schema migrations" "schema migration" "db migrations"
	implies database-fundamentals

skill mvcc "MVCC"
	category database
	stage senior
	weight 2
	from g003
	alias mvcc "multi version concurrency control" "multiversion concurrency control"
	implies database-fundamentals

skill database-replication "Database replication"
	category database
	stage senior
	weight 2
	from g003
	alias "database replication" "data replication" "read replicas" "read replica" "streaming replication" "logical replication"
	alias "replica sets" "master slave replication" "primary replica replication" "leader follower replication"
	ambiguous replication
	# DNA replication, replication studies
	veto-before \b(?:dna|rna|viral|virus|cell|cellular|study|result|results|experiment|experimental|biological|genome|plasmid|protein|scientific|semi\s*-?\s*conservative)\s+$
	veto-after ^\s*(?:studies|study|crisis|fork|forks|origin|of\s+(?:results|findings|studies|experiments|the\s+study|dna|the\s+experiment))\b
	implies database-fundamentals

skill database-partitioning "Database partitioning and sharding"
	category database
	stage senior
	weight 2
	from g003
	alias "database partitioning" "table partitioning" "data partitioning" "horizontal partitioning" sharding "database sharding" sharded
	ambiguous partitioning
	# office partitioning walls
	veto-before \b(?:office|room|space|wall|interior|land|estate|drywall|glass|cubicle)\s+$
	veto-after ^\s*(?:walls?|panels?|screens?|of\s+(?:space|land|rooms?|offices?|the\s+estate))\b
	implies database-fundamentals

# ===========================================================================
# APIs.  Building simple APIs and CRUD is junior work; designing APIs,
# GraphQL and third-party integrations come at mid.
# ===========================================================================

skill api-development "API development"
	category api
	stage junior
	weight 5
	from g000 g001 g002 g004
	alias "api development" "building apis" "web apis" "web api" "web services" "web service" "http apis" "json apis"
	alias "application programming interface" "application programming interfaces" "api endpoints"
	# API also means "active pharmaceutical ingredient" and oil-industry standards
	ambiguous api apis
	# "the public API", "the payments API", "API endpoints", "API requests"
	cue-before \b(?:rest|restful|graphql|grpc|http|https|json|xml|soap|public|internal|private|partner|open|web|backend|mobile|payments?|search|admin|versioned|customer\s*-?\s*facing|third\s*-?\s*party)\s+$
	cue-after ^\s*(?:endpoints?|calls?|requests?|keys?|layer|latency|traffic|schemas?|responses?|consumers?|outages?|that\s+serves?)\b
	veto-before \b(?:pharmaceutical|drug|pharma|generic|oil|petroleum|gas)\s+$
	veto-after ^\s*(?:manufacturing|synthesis|production|standards?|\d{1,4}\b|gravity|specifications?|certif\w*|monogram|inspector|inspections?|vessels?|tanks?|pipe|piping|valves?|wells?|plant|compounds?|formulation|intermediates)\b

skill rest-api "REST APIs"
	category api
	stage junior
	weight 5
	from g000 g001 g003 g004
	alias "rest api" "rest apis" "restful api" "restful apis" "restful services" "restful service" "restful web services" "rest services"
	alias "rest endpoints" "rest based" "rest architecture" "representational state transfer"
	ambiguous rest restful
	veto-before \b(?:bed|day|days|of\s+the|good|adequate|for|at|proper|enough|sleep\s+and)\s+$
	veto-after ^\s*(?:of|and\s+(?:recovery|relaxation|sleep)|periods?|breaks?|stops?|days?|home|homes|area|areas|assured|sleep|night|nights|environment|atmosphere|space|retreat|stay|room|rooms)\b
	implies api-development

skill crud "CRUD operations"
	category api
	stage junior
	weight 2
	from g000 g004
	alias crud

skill graphql "GraphQL"
	category api
	stage mid
	weight 4
	from g000 g001 g004
	alias graphql "graph ql"
	implies api-development

skill api-design "API design"
	category api
	stage mid
	weight 4
	from g000 g002 g004
	alias "api design" "designing apis" "api first" "api first design" "api versioning" "api contracts" "api architecture"
	alias "application programming interface design"
	implies api-development

skill third-party-integration "Third-party integrations"
	category api
	stage mid
	weight 3
	from g000 g001 g004
	alias "third party integrations" "third party integration" "third party apis" "third party api" "third party services"
	alias "api integrations" "api integration" "system integrations" "systems integration" "service integration" webhooks webhook
	ambiguous integration integrations "system integration"
	veto-before \b(?:sensory|social|community|cultural|racial|school|classroom|curriculum|arts|family|vertical|horizontal|merger|acquisition|european|regional|economic|academic|trauma|post\s*-?\s*merger|sensorimotor)\s+$
	veto-after ^\s*(?:of\s+(?:students|families|refugees|immigrants|newcomers|acquired|acquisitions|curricul\w*|arts|technology\s+in\s+the\s+classroom|the\s+acquired)|services\s+for)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill rate-limiting "Rate limiting"
	category api
	stage mid
	weight 1
	from g002
	alias "rate limiting" "rate limiter" "rate limiters" "rate limits" "api throttling" "request throttling"
	ambiguous throttling
	veto-before \b(?:engine|valve|fuel|thermal|cpu|gpu)\s+$
	veto-after ^\s*(?:valves?|body|bodies|engines?|the\s+engine)\b

# ===========================================================================
# Version control and CI/CD.  Git at junior (g004 lists it with the
# basics); continuous integration, delivery and automated deployments at
# mid.  GitHub Actions is the only CI tool the guides name (in passing).
# ===========================================================================

skill git "Git"
	category cicd
	stage junior
	weight 3
	from g001 g004
	alias git github gitflow "git flow" "version control" "source control" "version control systems" "pull requests" "pull request"

skill deployment "Deployment automation"
	category cicd
	stage mid
	weight 4
	from g000 g001 g002 g004
	alias "deployment automation" "automated deployments" "automated deployment" "software deployment" "production deployments" "production deployment"
	alias "release management" "zero downtime deployments" "blue green deployments" "blue green deployment" "canary deployments" "canary releases" "deployment rollbacks"
	# troops are deployed too; "Rollback" is a retail price cut
	ambiguous deployment deployments deploying rollbacks rollback
	veto-before \b(?:military|troop|troops|combat|overseas|army|navy|naval|marine|marines|field|operational|tactical|humanitarian|disaster|peacekeeping|staff|workforce|personnel|sales|retail|price|wage)\s+$
	veto-after ^\s*(?:to\s+(?:afghanistan|iraq|kuwait|germany|korea|japan|the\s+field|overseas|the\s+middle\s+east)|overseas|abroad|in\s+support\s+of|of\s+(?:troops|personnel|staff|forces|sales|resources|volunteers|prices)|prices|pricing)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill continuous-integration "Continuous integration"
	category cicd
	stage mid
	weight 4
	from g000 g002 g004
	alias "continuous integration" "ci pipelines" "ci pipeline" "ci builds"
	# CI is also "continuous improvement" and "confidence interval"
	ambiguous ci
	# "CI build times", "CI jobs", "a CI runner"
	cue-after ^\s*(?:builds?|jobs?|runs?|runners?|checks?|config|configuration|workflows?|servers?|failures?)\b
	veto-after ^\s*(?:\d|of\s+\d|=|for\s+the\s+mean|interval|process|program|programs|projects?|initiatives?|lead|manager|specialist|kaizen|lean)\b
	veto-before \b(?:lean|kaizen|95%|99%|90%)\s+$
	# a cochlear implant: "programmed CI processors for pediatric recipients"
	veto-before \b(?:cochlear|implants?|audiolog\w*|hearing|deaf|recipients?)\b
	veto-after \b(?:cochlear|implants?|audiolog\w*|hearing|deaf|recipients?)\b

skill continuous-delivery "Continuous delivery"
	category cicd
	stage mid
	weight 4
	from g000 g002 g004
	alias "continuous delivery" "continuous deployment" "continuous deployments" "cd pipelines" "cd pipeline"
	# compact discs, certificates of deposit
	ambiguous cd
	veto-before \b(?:audio|music|burned|burning|bank|rate|rates|jumbo|dvd|mixed)\s+$
	veto-after ^\s*(?:rates?|players?|roms?|rom|dvd|covers?|sales|accounts?|ladders?|and\s+dvd|releases?|albums?|recordings?)\b
	implies deployment

skill ci-cd "CI/CD"
	category cicd
	stage mid
	weight 0
	from g000 g004
	alias ci/cd "ci cd" cicd "build pipelines" "deployment pipelines" "deployment pipeline" "release pipelines" "build and deployment pipelines"
	implies continuous-integration continuous-delivery deployment

skill github-actions "GitHub Actions"
	category cicd
	stage mid
	weight 0
	from g000
	alias "github actions" "gh actions" "github workflows" "github action"
	implies ci-cd continuous-integration continuous-delivery deployment

# ===========================================================================
# Observability.  Logging and monitoring at mid (g002's first deployable
# service adds them); observability and tracing with the senior day.
# ===========================================================================

skill monitoring "Monitoring and alerting"
	category observability
	stage mid
	weight 4
	from g000 g002 g004
	alias "application monitoring" "system monitoring" "systems monitoring" "infrastructure monitoring" "production monitoring" "service monitoring"
	alias "application performance monitoring" "server monitoring" "uptime monitoring" "metrics and alerting" "monitoring dashboards"
	# patients, students, budgets and alarms are monitored too;
	# APM is also an Assistant Property Manager
	ambiguous monitoring alerting apm
	veto-before \b(?:patient|patients|vital\s+signs?|vitals|cardiac|heart|fetal|foetal|glucose|blood|hemodynamic|haemodynamic|telemetry|student|students|progress|compliance|budget|budgets|inventory|environmental|water|air|quality|safety|wildlife|child|children|behaviou?r|behavioral|academic|classroom|contract|grant|financial|sales|employee|staff|medication|symptom|weight|health|baby|infant|camera|cctv|alarm|food|temperature|security|fire|remote\s+patient|ekg|ecg|neuro|spending|credit|call|quality\s+assurance)\s+$
	veto-after ^\s*(?:of\s+(?:patients?|students?|vital|progress|inventory|budgets?|compliance|children|residents|clients|stock|expenses|sales|spending|attendance|food|temperatures?|blood|fetal|wildlife|staff|employees|calls|medications?|symptoms)|patients?|students?|vital|progress|compliance|and\s+evaluation|&\s*evaluation|supervisors?|managers?|staff|nurses?|physicians?|doctors?|authorities|police|the\s+charge\s+nurse)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill logging "Logging"
	category observability
	stage mid
	weight 2
	from g000 g002
	alias "centralized logging" "centralised logging" "structured logging" "application logging" "log aggregation" "log management" "log analysis"
	# timber logging, logging calls and hours
	ambiguous logging
	veto-before \b(?:timber|forest|forestry|selective|illegal|clear|commercial|tree)\s+$
	veto-after ^\s*(?:trucks?|operations?|industry|camp|company|crew|roads?|equipment|of\s+(?:hours|calls|time|patient|data\s+entries|shipments|deliveries|incidents|visitors)|hours|calls|time|patient|shipments|deliveries|visitors?|phone|incidents|work\s+orders)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill observability "Observability"
	category observability
	stage senior
	weight 3
	from g000 g002
	alias observability "service observability" o11y "observability stack" "observability tooling"
	implies monitoring

skill distributed-tracing "Distributed tracing"
	category observability
	stage senior
	weight 0
	from g000
	alias "distributed tracing" "request tracing" "tracing and metrics"
	# contact tracing, tracing shipments
	ambiguous tracing traces
	veto-before \b(?:contact|covid|case|skip|asset|product|package|shipment|ancestry|genealogy|lineage|paper|pattern|dna|finger|letter)\s+$
	veto-after ^\s*(?:of\s+(?:contacts|shipments|packages|assets|products|funds|transactions|patients|people|ancestry|lost)|paper|drawings?|shipments|packages|contacts|letters)\b
	implies observability monitoring

skill datadog "Datadog"
	category observability
	stage senior
	weight 0
	from g000
	alias datadog "datadog apm"
	implies monitoring

skill new-relic "New Relic"
	category observability
	stage senior
	weight 0
	from g000
	alias newrelic "new relic apm" "new relic one"
	# "a new relic" is also an archaeological find
	ambiguous "new relic"
	veto-before \b(?:a|the|discovered|found|uncovered|excavated|holy|sacred|ancient)\s+$
	implies monitoring

# ===========================================================================
# Security.  Authentication, OAuth, JWT and validation at mid (g002 adds
# them to a first service); security practice and secure coding at senior,
# where g000 makes them a responsibility.
# ===========================================================================

skill authentication "Authentication and authorization"
	category security
	stage mid
	weight 3
	from g001 g002 g004
	alias "user authentication" "api authentication" "authentication flows" "authentication and authorization" authn authz
	alias sso "single sign on" rbac "role based access control" iam "identity and access management" 2fa "multi factor authentication" "two factor authentication"
	# art and document authentication; insurance "prior authorization";
	# an MFA is also a Master of Fine Arts
	ambiguous authentication authorization "access control" auth mfa
	# "token-based authentication", "MFA to the login flow"
	cue-before \b(?:token|jwt|cookie|certificate|password|passwordless|bearer|oauth|saml|ldap|oidc)\s*-?\s*(?:based\s+)?$
	cue-after ^\s*(?:flows?|middleware|tokens?|totp|webauthn|saml|oidc|openid|ldap|sso|scopes?|headers?)\b
	cue-after ^\s*(?:to|for|on|in)\s+(?:the\s+|our\s+|all\s+|every\s+)?(?:login|logins|log\s*-?\s*in|sign\s*-?\s*ins?|sign\s*-?\s*on|endpoints?|admin\s+(?:panel|console|api))\b
	veto-before \b(?:art|artwork|document|documents|signature|handwriting|prior|insurance|treatment|payment|credit\s+card|physical|building|door|badge|fine\s+arts?)\s+$
	veto-after ^\s*(?:of\s+(?:art|artworks?|documents?|antiques?|signatures?|collectibles|coins|treatment|services|payments?|referrals?)|requests\s+for\s+(?:treatment|services)|forms?|badges?|cards?|doors?|systems?\s+for\s+(?:buildings|doors)|in\s+(?:painting|sculpture|photography|creative\s+writing|fine\s+arts?|design|poetry|fiction|theat(?:er|re)|dance|film|studio\s+art|ceramics|printmaking|illustration)|degree|program|candidate|student)\b

skill oauth "OAuth"
	category security
	stage mid
	weight 3
	from g000 g004
	alias oauth oauth2 "oauth 2" "oauth 2.0" oauth2.0
	implies authentication

skill jwt "JWT"
	category security
	stage mid
	weight 3
	from g000 g004
	alias jwt jwts "json web token" "json web tokens" "jwt validation"
	implies authentication

skill input-validation "Input validation"
	category security
	stage mid
	weight 1
	from g002
	alias "input validation" "request validation" "schema validation" "input sanitization" "input sanitisation"
	# spreadsheet data validation is not the same thing
	ambiguous "data validation"
	veto-before \b(?:excel|spreadsheet)\s+$

skill security-best-practices "Security best practices"
	category security
	stage senior
	weight 4
	from g000 g002 g004
	alias "security best practices" "security fundamentals" "application security" appsec "web security" "api security" "backend security"
	alias "information security" infosec cybersecurity "cyber security" "software security"
	# security guards, social security, security deposits, clearances
	ambiguous security
	veto-before \b(?:social|homeland|national|job|food|physical|video|cctv|home|alarm|campus|airport|event|hospital|building|retail|store|mall|loss|private|armed|unarmed|site|border|financial|income|housing|water|energy|data\s+and\s+physical|career\s+in|worked\s+in|working\s+in|years\s+in|background\s+in|experience\s+in|degree\s+in)\s+$
	veto-after ^\s*(?:guard|guards|officer|officers|clearance|clearances|deposit|deposits|personnel|patrol|patrols|staff|detail|screening|checkpoint|license|licence|agency|company|services|cameras?|alarm|alarms|badge|badges|desk|supervisor|systems?\s+installation|council|forces?|benefits|number|interest|industry)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill secure-coding "Secure coding"
	category security
	stage senior
	weight 2
	from g002
	alias "secure coding" "secure code" "secure coding practices" "secure development" "secure software development" "secure sdlc" "secure error handling" owasp
	implies security-best-practices

skill encryption "Encryption"
	category security
	stage senior
	weight 1
	from g000
	alias encryption "data encryption" "encryption at rest" "encryption in transit" tls ssl cryptography "end to end encryption" "password hashing"

# ===========================================================================
# Architecture.  Microservices at mid (the guides' mid stage contributes
# to and integrates them); architecture, system design, scalability and
# event-driven design at senior.
# ===========================================================================

skill microservices "Microservices"
	category architecture
	stage mid
	weight 4
	from g000 g001 g003 g004
	alias microservices microservice "micro services" "micro service" "microservice architecture" "microservices architecture"
	alias "service oriented architecture" "monolith decomposition"
	# actuaries sit SOA (Society of Actuaries) exams
	ambiguous soa
	veto-after ^\s*(?:exams?|fellow|associate|certified|credentials?|designation)\b

skill software-architecture "Software architecture"
	category architecture
	stage senior
	weight 4
	from g000 g001 g003 g004
	alias "software architecture" "system architecture" "systems architecture" "backend architecture" "service architecture" "solution architecture"
	alias "technical architecture" "application architecture" "architectural decisions" "architecture decisions" "software architect"
	# buildings have architecture too
	ambiguous architecture architected architecting
	veto-before \b(?:landscape|interior|residential|commercial|building|urban|civil|sustainable|naval|historic|historical|gothic|modern|classical|colonial|religious|church|vernacular|green|degree\s+in|bachelor\s+of|master\s+of|studied|school\s+of)\s+$
	veto-after ^\s*(?:firm|firms|studio|school|degree|students?|licen[sc]e|drawings?|models?|and\s+(?:interior|urban|landscape)\s+design|of\s+(?:buildings|homes|houses|the\s+(?:city|building|house)))\b

skill system-design "System design"
	category architecture
	stage senior
	weight 5
	from g000 g002 g003 g004
	alias "system design" "systems design" "system design interviews" "large scale system design" "designing systems" "system design proposals"

skill scalability "Scalability"
	category architecture
	stage senior
	weight 5
	from g000 g001 g002 g004
	alias "scalable systems" "scalable architecture" "scalable architectures" "scalable services" "scalable apis" "scalable backend" "scalable backends"
	alias "horizontal scaling" "vertical scaling" "high traffic systems" "high traffic services" "high throughput systems" autoscaling "auto scaling"
	alias "large scale systems" "scaling systems" "scaling services"
	# a business scales too, and a dental hygienist does scaling and root planing
	ambiguous scalability scaling scalable "high traffic"
	veto-before \b(?:fish|tooth|teeth|dental|wall|rock|mountain|ice|recipe|recipes|business|sales|revenue|team|teams|retail|store)\s+$
	veto-after ^\s*(?:and\s+(?:root\s+)?planing|and\s+polishing|of\s+(?:teeth|the\s+business|sales|operations|revenue|the\s+team|teams|headcount|recipes?|production)|recipes?|walls|cliffs|the\s+business|sales|revenue|operations|production|retail|store|stores|locations?|areas?)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill event-driven-architecture "Event-driven architecture"
	category architecture
	stage senior
	weight 2
	from g000 g003
	alias "event driven architecture" "event driven architectures" "event driven" "event driven systems" "event driven design" "message driven" "event based architecture"

skill caching "Caching"
	category architecture
	stage mid
	weight 2
	from g002
	alias "caching strategies" "caching strategy" "caching layer" "caching layers" "cache invalidation" "distributed caching" "distributed cache"
	alias "in memory caching" "in memory cache" "application caching" "http caching" "cdn caching"
	ambiguous caching cache
	# "cache hit ratio", "HTTP caching", "a read-through cache"
	cue-before \b(?:redis|memcached|http|cdn|edge|response|query|result|application|in\s*-?\s*memory|distributed|read\s*-?\s*through|write\s*-?\s*through|write\s*-?\s*back|lru|local|shared)\s+$
	cue-after ^\s*(?:hits?|miss(?:es)?|invalidation|layers?|keys?|ttls?|eviction|warming|headers?|stampedes?|servers?|tiers?)\b
	# a cache of supplies
	veto-before \b(?:arms|weapons?|ammunition|hidden|secret|food|seed|geo)\s+$
	veto-after ^\s*(?:of\s+(?:food|seeds|supplies|weapons|arms|documents|letters))\b

skill background-jobs "Background jobs"
	category architecture
	stage mid
	weight 1
	from g002
	alias "background jobs" "background job" "background processing" "background workers" "job queues" "job queue" "task queues" "task queue"
	alias "async jobs" "asynchronous jobs" "asynchronous processing" "async processing" "worker queues" "scheduled jobs" "cron jobs" "batch jobs"

# ===========================================================================
# Distributed systems.  g003's system-design phase: CAP, consensus,
# idempotency, sagas; its production phase: streaming (Kafka or
# equivalent) and multi-region.  All senior.
# ===========================================================================

skill distributed-systems "Distributed systems"
	category distributed
	stage senior
	weight 5
	from g000 g002 g003 g004
	alias "distributed systems" "distributed system" "distributed computing" "distributed architecture" "distributed services"

skill cap-theorem "CAP theorem"
	category distributed
	stage senior
	weight 2
	from g003
	alias "cap theorem" "brewer's theorem" pacelc
	# caps, hats, salary caps
	ambiguous cap
	veto-before \b(?:salary|graduation|bottle|knee|hub|market|baseball|swim|swimming|ice|shower|spending|rate|rent|price|budget|hard|soft|the|a)\s+$
	veto-after ^\s*(?:and\s+gown|table|rate|ex|exceeding|on|limit|limits|size|badge|pin)\b
	implies distributed-systems

skill consensus "Consensus algorithms"
	category distributed
	stage senior
	weight 2
	from g003
	alias "consensus algorithms" "consensus algorithm" "consensus protocols" "consensus protocol" "distributed consensus" paxos "raft consensus" "leader election"
	# building consensus among people; a whitewater raft
	ambiguous consensus raft
	veto-before \b(?:build|built|building|reached|reach|reaching|drive|drove|driving|gain|gained|gaining|forge|forged|forging|achieve|achieved|achieving|team|stakeholder|general|whitewater|white\s+water|river|life|rubber|inflatable)\s+$
	veto-after ^\s*(?:among|between|with|on|building|builder|statements?|guide|guiding|trips?|tours?|of\s+(?:activities|issues|problems|options|initiatives|services|benefits|changes|projects|tasks|new|people|ideas|opinion|stakeholders))\b
	implies distributed-systems

skill idempotency "Idempotency"
	category distributed
	stage senior
	weight 2
	from g003
	alias idempotency idempotent "idempotent apis" "idempotency keys" "exactly once semantics" "exactly once delivery" "exactly once processing"

skill saga-pattern "Saga pattern"
	category distributed
	stage senior
	weight 2
	from g003
	alias "saga pattern" "saga orchestration" "saga choreography" "distributed transactions" "compensating transactions"
	# a family saga, a fantasy saga
	ambiguous sagas saga
	veto-before \b(?:twilight|family|epic|fantasy|novel|book|film|movie|star\s+wars|icelandic|norse|viking)\s+$
	veto-after ^\s*(?:novels?|series|books?|films?|movies?|of)\b
	# a line about books and films
	veto-before \b(?:novels?|books?|literature|literary|fiction|authors?|films?|movies?|trilogy|chapters?|reading)\b
	veto-after \b(?:novels?|books?|literature|literary|fiction|authors?|films?|movies?|trilogy|chapters?|reading)\b
	implies distributed-systems

skill eventual-consistency "Consistency models"
	category distributed
	stage senior
	weight 1
	from g003
	alias "eventual consistency" "eventually consistent" "strong consistency" "consistency models" "consistency model"
	implies distributed-systems

# Bare "pub/sub" is the generic pattern; Google's product is gcp-pubsub.
skill event-streaming "Event streaming and messaging"
	category distributed
	stage senior
	weight 0
	from g000 g003
	alias "event streaming" "stream processing" "streaming data" "data streaming" "real time data processing" "real time streaming" "event bus"
	alias "message queue" "message queues" "message queuing" "message queueing" "message broker" "message brokers" "messaging systems"
	alias pub/sub pubsub publish/subscribe "publish subscribe" "streaming platform" "streaming platforms"
	# video streaming, live streaming
	ambiguous streaming
	veto-before \b(?:video|live|music|audio|netflix|twitch|movie|tv|game|gaming|content)\s+$
	veto-after ^\s*(?:services?|platforms?\s+like\s+(?:netflix|spotify|hulu)|video|music|movies|shows|content|on\s+(?:twitch|youtube))\b

skill kafka "Apache Kafka"
	category distributed
	stage senior
	weight 0
	from g000 g003
	alias "apache kafka" "kafka streams" "kafka connect" ksql ksqldb "confluent kafka"
	# Franz Kafka
	ambiguous kafka
	veto-before \b(?:franz|read|reading|author|novelist|literature)\s+$
	veto-after ^\s*(?:on\s+the\s+shore|novels?|stories|short\s+stories|trial|metamorphosis|castle|prize|esque)\b
	# a line about books: "a seminar on Kafka, Camus and existentialism"
	veto-before \b(?:novels?|novelists?|literature|literary|fiction|poetry|poets?|writers?|myths?|mytholog\w*|modernis[mt]|existentialis[mt]|camus|kafkaesque|metamorphosis|prague|book\s+club)\b
	veto-after \b(?:novels?|novelists?|literature|literary|fiction|poetry|poets?|writers?|myths?|mytholog\w*|modernis[mt]|existentialis[mt]|camus|kafkaesque|metamorphosis|prague|book\s+club)\b
	# what flows through it: "streamed order events through Kafka"
	cue-before \b(?:events?|messages?|records?|logs?|streams?|changes)\s+(?:\w+\s+){0,2}(?:through|into|to|from|over)\s+$

group message-streaming "Event streaming (Kafka or equivalent)"
	stage senior
	weight 3
	from g000 g003
	members kafka gcp-pubsub event-streaming

skill multi-region "Multi-region architecture"
	category distributed
	stage senior
	weight 2
	from g003
	alias "multi region deployments" "multi region deployment" "multi region architecture" "multi region infrastructure" "multi region failover"
	alias "multi region systems" "multi region services" multiregion "active active" "cross region replication" "cross region failover" "geo redundancy" "geo redundant"
	# a multi-region sales manager
	ambiguous "multi region" "cross region"
	veto-after ^\s*(?:sales|accounts?|territor(?:y|ies)|teams?|managers?|directors?|retail|stores|offices|operations|marketing|campaigns?|distribution|franchise)\b

skill high-availability "High availability"
	category distributed
	stage senior
	weight 4
	from g000 g001 g003 g004
	alias "high availability" "highly available" "fault tolerance" "fault tolerant" failover "fail over" "zero downtime" "disaster recovery planning"
	pattern 9\d(?:\.\d+)?\s?%\s?(?:uptime|availability)
	# emergency management has "disaster recovery" too
	ambiguous "disaster recovery"
	veto-before \b(?:hurricane|flood|community|fema|emergency|humanitarian|post|natural)\s+$
	veto-after ^\s*(?:efforts?|volunteer|volunteers|relief|shelters?|assistance|for\s+(?:families|communities|victims|residents)|after\s+(?:hurricane|flood|fire|earthquake))\b

# ===========================================================================
# Performance and reliability.  Performance work at mid (g001's and
# g004's mid stage); incidents, postmortems, on-call and chaos engineering
# at senior (g003); owning reliability and cost at lead (g001, g003).
# ===========================================================================

skill performance-optimization "Performance optimization"
	category reliability
	stage mid
	weight 5
	from g000 g001 g002 g003 g004
	alias "performance optimization" "performance optimisation" "performance engineering" "latency optimization" "latency reduction" "low latency"
	alias "throughput optimization" "application performance" "code optimization" "application performance tuning" "jvm tuning"
	# engines are tuned too; criminals and customers are profiled
	ambiguous "performance tuning" profiling
	# "CPU profiling", "heap profiling"
	cue-before \b(?:cpu|memory|heap|allocation|code|query|continuous|runtime)\s+$
	veto-before \b(?:engine|vehicle|car|auto|automotive|ecu|criminal|offender|racial|customer|client|donor|psychological|behaviou?ral|personality|risk|financial|credit|demographic|market|soil|geological|flavou?r|taste|aroma|protein|gene|genetic|expression|metabolic|student|dna)\s+$
	veto-after ^\s*(?:of\s+(?:customers|clients|donors|offenders|suspects|students|candidates|patients|vehicles|engines)|customers|clients|donors|suspects)\b

skill performance-testing "Performance and load testing"
	category reliability
	stage mid
	weight 3
	from g002 g004
	alias "performance testing" "performance tests" "load and performance testing" "capacity testing" "soak testing" "api load testing"
	# cranes are load tested, banks and hearts are stress tested
	ambiguous "load testing" "load tests" "stress testing" benchmarking
	# "load tests in Locust", "load testing with k6"
	cue-after ^\s*(?:with|in|using|via)\s+(?:k6|locust|jmeter|gatling|artillery|vegeta|wrk|loadrunner|blazemeter)\b
	veto-before \b(?:crane|cranes|rigging|lifting|structural|bridge|pile|cardiac|exercise|treadmill|nuclear|financial|bank|banking|regulatory|competitive|salary|compensation|industry)\s+$
	veto-after ^\s*(?:of\s+(?:cranes|lifting|hoists|bridges|piles|banks|portfolios|patients|salaries)|results\s+for\s+patients|echocardiograms?)\b

skill incident-response "Incident response"
	category reliability
	stage senior
	weight 4
	from g001 g002 g003
	alias "production incidents" "production incident response" "incident triage" "outage response" "production outages" "on call incident response" "sev1 incidents"
	# fire, police and hospital incidents
	ambiguous "incident response" "incident management" incidents
	veto-before \b(?:emergency|fire|ems|police|patient|safety|workplace|hazmat|medical|hospital|school|student|traffic|critical|behaviou?ral|serious)\s+$
	veto-after ^\s*(?:reports?|forms?|at\s+the\s+(?:scene|site|school|hospital)|to\s+(?:patients|fires|emergencies|calls)|involving\s+(?:students|patients|residents|guests|customers|staff)|teams?\s+for\s+(?:fires|emergencies))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill postmortems "Postmortems"
	category reliability
	stage senior
	weight 3
	from g001 g003
	alias "blameless postmortems" "blameless postmortem" "incident postmortems" "incident postmortem" "incident retrospectives" "incident retrospective"
	alias "incident reviews" "incident review" "post incident reviews" "post incident review"
	# a post-mortem is also an autopsy
	ambiguous postmortem postmortems "post mortem" "post mortems" "root cause analysis" rca rcas
	# "the postmortem for the Kafka outage", "RCAs for API outages"; not
	# for a power cut or an incident on the shop floor
	cue-after ^\s*(?:for|of|on|after|following)\s+(?:(?:the|an?|our|every|each|all|major|recurring|customer\s*-?\s*facing)\s+)*(?:[\w.-]+\s+){0,3}?(?<!power\s)(?<!storm\s)(?<!electrical\s)(?<!grid\s)(?<!utility\s)(?:outages?|sev\s*-?\s*\d|data\s+loss)\b
	veto-before \b(?:forensic|autopsy|pathology|medical|human|animal|veterinary|equine)\s+$
	veto-after ^\s*(?:examinations?|exams?|interval|findings|changes|care|tissue|specimens?|samples?|identification|lividity|of\s+(?:the\s+)?(?:body|bodies|remains|animals?|patients?))\b
	implies incident-response

skill on-call "On-call"
	category reliability
	stage senior
	weight 2
	from g003
	alias oncall "production on call" "on call engineer" "on call engineering" "sre on call" "pager rotation"
	# nurses and doctors are on call
	ambiguous "on call" "on call rotation" "on call rotations"
	veto-before \b(?:nurse|nursing|physician|doctor|resident|maintenance|hospital|medical|surgical|clinical|obstetric|veterinary|pharmacy|social\s+work)\s+$
	veto-after ^\s*(?:nurse|nurses|nursing|physician|physicians|doctor|doctors|surgeon|pharmacist|for\s+(?:patients|emergencies|the\s+unit|the\s+ward|maintenance|deliveries|repairs|the\s+clinic|the\s+hospital|surgery)|coverage\s+for\s+(?:the\s+)?(?:unit|ward|floor|clinic|hospital))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill pagerduty "PagerDuty"
	category observability
	stage senior
	weight 0
	from g001
	alias pagerduty
	ambiguous "pager duty"
	# doctors and maintenance crews carry pagers: not on a line about them
	veto-before \b(?:nurses?|nursing|physicians?|doctors?|residents?|residency|hospital|medical|surgical|clinical|ward|wards|maintenance|technicians?)\b
	veto-after \b(?:nurses?|nursing|physicians?|doctors?|residents?|residency|hospital|medical|surgical|clinical|ward|wards|maintenance|technicians?)\b
	implies on-call

skill chaos-engineering "Chaos engineering"
	category reliability
	stage senior
	weight 2
	from g003
	alias "chaos engineering" "chaos testing" "chaos experiments" "chaos experiment" "fault injection" "chaos monkey" "game day exercises"

skill reliability-ownership "System reliability ownership"
	category reliability
	stage lead
	weight 4
	from g001 g002 g003
	alias "site reliability engineering" "site reliability" sre slos "service level objectives" "service level objective" "error budgets" "error budget"
	alias "reliability engineering" "service reliability" "on call standards" "reliability standards" "production readiness" "production readiness reviews"
	# punctuality is reliability too; plants have "system reliability";
	# Cal Poly SLO is a university; SLI is also a speech-language impairment
	ambiguous reliability uptime "system reliability" slo sli slis
	# "an SLO of 99.9%", "SLO dashboards", "SLIs for latency and error rate"
	cue-after ^\s*(?:of\s+|at\s+|:\s*)?9\d(?:\.\d+)?\s*%
	cue-after ^\s*(?:and\s+sl[ois]s?\s+)?(?:targets?|dashboards?|burn|alerts?|alerting|breach\w*|definitions?|reporting)\b
	cue-after ^\s*(?:for|on|of)\s+(?:\w+\s+){0,2}(?:latency|availability|error\s+rates?|throughput|p9\d)\b
	# SLI is also a specific language impairment
	veto-before \b(?:speech|language\s+(?:impairments?|disorders?|delays?)|therapy|therapists?|slps?|dyslexia|autism|articulation|caseload|iep|ieps|children|child)\b
	veto-after \b(?:speech|language\s+(?:impairments?|disorders?|delays?)|therapy|therapists?|slps?|dyslexia|autism|articulation|caseload|iep|ieps|children|child)\b
	veto-before \b(?:equipment|machine|machinery|plant|vehicle|fleet|mechanical|electrical|power|grid|maintenance|asset|personal|proven|known\s+for|punctuality\s+and|attendance\s+and|poly|cal\s+poly)\s+$
	veto-after ^\s*(?:and\s+(?:punctuality|attendance|honesty|dependability|integrity|trustworthiness|a\s+strong\s+work\s+ethic)|of\s+(?:equipment|machines|machinery|vehicles|the\s+fleet|power|the\s+grid|assets))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill cloud-cost-optimization "Cloud cost optimization"
	category reliability
	stage lead
	weight 3
	from g002 g003
	alias "cloud cost optimization" "cloud cost optimisation" "cloud cost management" "cloud costs" "cloud cost" "infrastructure cost optimization" "infra cost" "infrastructure costs" finops
	# restaurants, projects and procurement control costs too
	ambiguous "cost optimization" "cost optimisation" "cost control" "cost reduction" "cost savings"
	# "$50K in cost savings": a sum saved says nothing of the cloud
	veto-before \d[\d,.]*\s*(?:k|m|mm|million|thousand)?\s+in\s+$
	# not on a line about buying, shipping or staffing
	veto-before \b(?:vendors?|suppliers?|procurement|purchasing|negotiat\w*|freight|shipping|logistics|labou?r|headcount|utilities|fuel)\b
	veto-after \b(?:vendors?|suppliers?|procurement|purchasing|negotiat\w*|freight|shipping|logistics|labou?r|headcount|utilities|fuel)\b
	veto-before \b(?:food|labou?r|beverage|menu|inventory|project|construction|procurement|supply\s+chain|vendor|payroll|operational|healthcare|medical|fuel|freight|energy|utility|travel|material|materials|kitchen|restaurant|store|retail|purchasing)\s+$
	veto-after ^\s*(?:for\s+(?:food|labou?r|menu|inventory|the\s+kitchen|the\s+restaurant|restaurants?|events?|construction|projects?|the\s+store|stores|vendors?|suppliers?)|of\s+(?:food|labou?r|menu|inventory|supplies|materials|construction|vendors?|suppliers?)|initiatives\s+for\s+(?:the\s+)?(?:kitchen|store|restaurant))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b


# ===========================================================================
# Engineering practices.  Testing, debugging and clean code from the
# first job (junior); documentation at mid; code review, design documents,
# architecture reviews and ADRs at senior, where the guides make them
# part of leading (g000, g003).
# ===========================================================================

skill testing "Testing"
	category practice
	stage junior
	weight 2
	from g002
	alias "unit testing" "unit tests" "integration testing" "integration tests" "automated testing" "automated tests" "test automation"
	alias "test driven development" tdd "software testing" "end to end testing" "e2e testing" "e2e tests" "testable code" "api testing" "contract testing"
	alias "regression testing" "test coverage" "behavior driven development" bdd
	# test frameworks are evidence of the practice the guides name
	alias pytest junit jest mocha "test suites" "test suite"
	# blood, drug, soil and student testing
	ambiguous testing
	veto-before \b(?:blood|urine|drug|covid|laboratory|lab|clinical|diagnostic|standardi[sz]ed|student|students|soil|water|food|hearing|vision|allergy|genetic|pregnancy|psychological|educational|academic|placement|hydrostatic|material|materials|concrete|emissions|product|taste|recipe|sample|samples|patient|std|hiv|dna|paternity|glucose|strep|antigen|pcr|rapid|point\s+of\s+care|field)\s+$
	veto-after ^\s*(?:of\s+(?:blood|samples?|patients?|students?|soil|water|food|specimens?|urine|recipes?|materials?|concrete|products)|and\s+(?:assessment|evaluation|grading)|blood|samples?|specimens?|students?|patients?|kits?|sites?|centers?|centres?|positive|negative|accommodations)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill debugging "Debugging and troubleshooting"
	category practice
	stage junior
	weight 5
	from g000 g001 g002 g004
	alias debugging debug debugged "bug fixing" "bug fixes" "fixing bugs" "fixed bugs" "production debugging" "production issues" "production support"
	# mechanics, HVAC technicians and help desks troubleshoot too
	ambiguous troubleshooting troubleshoot troubleshooted
	veto-before \b(?:hvac|mechanical|electrical|equipment|machine|machinery|vehicle|engine|appliance|plumbing|printer|customer|billing|pos|register|medical\s+device|boiler|furnace)\s+$
	veto-after ^\s*(?:of\s+(?:equipment|machines|machinery|vehicles|engines|appliances|hvac|boilers|printers|plumbing)|equipment|machines|machinery|vehicles|engines|appliances|hvac|boilers|printers|plumbing|customer|(?:service\s+)?calls?|wiring|circuits?|breakers?)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill clean-code "Clean, maintainable code"
	category practice
	stage junior
	weight 3
	from g000 g002 g004
	alias "clean code" "code quality" "maintainable code" "readable code" "solid principles" refactoring refactored "writing clean code"

skill technical-documentation "Technical documentation"
	category practice
	stage mid
	weight 2
	from g002 g004
	alias "api documentation" "system documentation" runbooks runbook "software documentation" "engineering documentation"
	# nursing and legal documentation
	ambiguous documentation "technical documentation" "technical writing"
	veto-before \b(?:nursing|clinical|patient|medical|chart|charting|legal|immigration|shipping|customs|travel|financial|tax|hr|payroll|case|student|care|insurance|claims)\s+$
	veto-after ^\s*(?:of\s+(?:patient|patients|care|vital|medications?|incidents|student|students|progress|clients?|cases?|shipments|claims)|for\s+(?:patients|clients|students|claims|audits|customs|medicare|medicaid))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill code-review "Code review"
	category practice
	stage senior
	weight 4
	from g000 g001 g002 g004
	alias "code review" "code reviews" "code reviewing" "reviewing code" "reviewed code" "pull request reviews" "pr reviews" "peer code review" "peer code reviews"

skill pair-programming "Pair programming"
	category practice
	stage junior
	weight 0
	from g000 g001 g004
	alias "pair programming" "pair programmed" "mob programming"
	# wine pairing
	ambiguous pairing
	# "pairing daily with senior engineers"
	cue-after ^\s*(?:\w+\s+){0,2}?(?:with|on)\s+(?:(?:a|an|the|other|senior|junior|fellow|new|\d+|two|three|four)\s+)*(?:engineers?|developers?|teammates|programmers?|devs|interns)\b
	veto-before \b(?:wine|food|beer|flavou?r|menu|color|colou?r|cheese|sommelier|bluetooth|device)\s+$
	veto-after ^\s*(?:of\s+(?:wines?|food|flavou?rs|dishes|students|mentors)|menus?|dinners?|events?|notes|suggestions|recommendations)\b

skill agile "Agile and Scrum"
	category practice
	stage junior
	weight 0
	from g000 g001 g004
	alias "agile methodologies" "agile methodology" "agile development" "agile software development" "scrum master" "agile scrum"
	alias "sprint planning" "daily standups" "daily stand ups" "stand up meetings" standups
	# an agile learner; a rugby scrum
	ambiguous agile scrum
	# "Scrum ceremonies", "an Agile team of eight"
	cue-after ^\s*(?:ceremonies|teams?|methodolog\w*|practices|process(?:es)?|framework|coach|sprints?|boards?|events|rituals|artifacts|principles|transformation|delivery|workflows?)\b
	veto-before \b(?:physically|mentally|rugby|set|the)\s+$
	veto-after ^\s*(?:learners?|mind|minded|thinker|and\s+(?:adaptable|flexible|quick|resourceful|resilient|energetic|fast)|team\s+player|problem\s+solver|worker|athlete|body|footwork|movement|fingers|half|halves|cap|machine|forwards?)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill open-source "Open source"
	category practice
	stage junior
	weight 0
	from g001
	alias "open source" "open source contributions" "open source contributor" "open source projects"

skill tech-specs "Technical design documents"
	category practice
	stage senior
	weight 2
	from g003
	alias "tech specs" "tech spec" "technical specs" "technical spec" "technical design documents" "technical design document" "design docs" "design doc" rfcs "engineering rfcs"
	# product and manufacturing specifications
	ambiguous "technical specifications" "design documents"
	veto-before \b(?:product|manufacturing|building|construction|garment|fashion|print|graphic|interior|equipment)\s+$
	implies technical-documentation

skill architecture-reviews "Architecture reviews"
	category architecture
	stage senior
	weight 2
	from g003
	alias "architecture review" "architecture reviews" "architecture review board" "software architecture reviews" "technical design reviews" "technical design review"
	# product and building design reviews
	ambiguous "design reviews" "design review"
	veto-before \b(?:product|building|construction|graphic|fashion|interior|landscape|engineering\s+drawing|mechanical|pcb|hardware)\s+$
	implies software-architecture

skill adr "Architecture decision records"
	category architecture
	stage senior
	weight 2
	from g003
	alias "architecture decision records" "architecture decision record" "architectural decision records" "architectural decision record"
	# American Depositary Receipts
	ambiguous adr adrs
	veto-before \b(?:sponsored|unsponsored|level|listed|nyse|nasdaq)\s+$
	veto-after ^\s*(?:programs?|issuance|holders?|shares|listings?|ratio|filings?)\b
	implies technical-documentation

# ===========================================================================
# Leadership.  Mentoring at senior (every guide's senior stage); team
# oversight, standards, technical strategy, hiring at lead (8-12 years);
# company-wide strategy, enterprise architecture, several teams and
# cross-team initiatives at principal (12+ years).
# People words are ambiguous (a teacher mentors, a store has a team lead);
# skill cues accept them when engineers or developers are named.
# ===========================================================================

skill mentoring "Mentoring"
	category leadership
	stage senior
	weight 5
	from g000 g001 g003 g004
	alias "mentoring engineers" "mentoring junior engineers" "mentoring junior developers" "mentoring developers" "mentored engineers" "mentored junior engineers"
	alias "mentored developers" "technical mentoring" "technical mentorship" "engineering mentorship"
	ambiguous mentoring mentorship mentored mentor coaching
	# "mentored three junior developers", "a mentorship program for junior engineers"
	cue-after ^\s*(?:(?:program|programme|sessions?|circles?)\s+)?(?:(?:of|for|to)\s+)?(?:(?:a|an|the|our|my)\s+)?(?:(?:team|group|squad|pod|cohort)\s+of\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|several|multiple|many)\s+)?(?:(?:junior|mid\s*-?\s*level|senior|new|other|fellow|backend|back\s*-?\s*end|software|platform|infrastructure|frontend|front\s*-?\s*end|mobile|data|sre|devops)\s+){0,2}(?:engineers?|developers?|programmers?|interns?|teammates|team\s+members|hires)\b

skill technical-leadership "Technical team leadership"
	category leadership
	stage lead
	weight 5
	from g000 g001 g003 g004
	alias "technical leadership" "tech leadership" "tech lead" "technical lead" "engineering lead" "lead engineer" "lead developer" "lead software engineer"
	alias "led engineering teams" "leading engineering teams" "engineering team lead" "engineering team leadership"
	ambiguous "team lead" "team leader" "team leadership" "led a team" "led teams" "leading teams" "oversaw teams"
	cue-after ^\s*(?:(?:of|for)\s+)?(?:(?:a|an|the|our|my)\s+)?(?:(?:team|group|squad|pod|cohort)\s+of\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|several|multiple|many)\s+)?(?:(?:junior|mid\s*-?\s*level|senior|new|other|fellow|backend|back\s*-?\s*end|software|platform|infrastructure|frontend|front\s*-?\s*end|mobile|data|sre|devops)\s+){0,2}(?:engineers|developers|engineering|programmers)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill technical-standards "Technical standards"
	category leadership
	stage lead
	weight 2
	from g001 g004
	alias "technical standards" "engineering standards" "coding standards" "code standards" "engineering best practices" "development standards" "coding guidelines" "engineering guidelines"
	ambiguous "best practices"
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill technical-strategy "Technical strategy"
	category leadership
	stage lead
	weight 3
	from g000 g001 g004
	alias "technical strategy" "tech strategy" "technology strategy" "technical roadmap" "technology roadmap" "tech roadmap" "engineering roadmap"
	alias "architecture roadmap" "technical direction" "technical vision" "technology vision" "technical decisions" "technology choices"

skill hiring "Technical hiring"
	category leadership
	stage lead
	weight 3
	from g003 g004
	alias "technical hiring" "technical interviewing" "technical interviews" "technical interviewer" "hiring panel" "hiring panels" "hiring loop" "hiring loops"
	alias "hiring committee" "engineering hiring" "interview loops" "interview loop" "hiring debriefs"
	# recruiters and store managers hire too
	ambiguous hiring recruiting interviewing "interview panel" "interview panels"
	cue-after ^\s*(?:and\s+\w+\s+)?(?:(?:of|for)\s+)?(?:(?:a|an|the|our|my)\s+)?(?:(?:team|group|squad|pod|cohort)\s+of\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|several|multiple|many)\s+)?(?:(?:junior|mid\s*-?\s*level|senior|new|other|fellow|backend|back\s*-?\s*end|software|platform|infrastructure|frontend|front\s*-?\s*end|mobile|data|sre|devops)\s+){0,2}(?:engineers|developers|engineering|programmers|candidates\s+for\s+(?:engineering|backend|software))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill cross-team-influence "Cross-team influence"
	category leadership
	stage principal
	weight 2
	from g003
	alias "cross team influence" "technical influence" "cross team technical initiatives" "cross org initiatives" "cross organizational initiatives" "cross organisational initiatives"
	ambiguous "cross team initiatives" "cross team initiative" "cross functional initiatives" "influence without authority" "cross team alignment"
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill company-wide-strategy "Company-wide technical strategy"
	category leadership
	stage principal
	weight 2
	from g001 g004
	alias "company wide technical strategy" "company wide tech strategy" "company wide engineering strategy" "company wide tech stack" "company wide architecture"
	alias "organization wide technical strategy" "organisation wide technical strategy" "org wide technical strategy" "engineering strategy"
	ambiguous "company wide strategy"
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

skill enterprise-architecture "Enterprise architecture"
	category architecture
	stage principal
	weight 1
	from g000
	alias "enterprise architecture" "enterprise architect" "enterprise software architecture" "enterprise application architecture" "enterprise scale architecture"
	# ERP back offices run "enterprise systems" too
	ambiguous "enterprise systems"
	veto-before \b(?:sap|workday|peoplesoft|netsuite|erp|hris|kronos|oracle\s+(?:ebs|financials|hcm))\b
	veto-after \b(?:sap|workday|peoplesoft|netsuite|erp|hris|kronos|oracle\s+(?:ebs|financials|hcm))\b
	implies software-architecture

skill multi-team-leadership "Leading multiple teams"
	category leadership
	stage principal
	weight 2
	from g000 g001
	alias "engineering manager" "engineering management" "head of engineering" "director of engineering" "vp of engineering" "vp engineering"
	alias "multiple engineering teams" "multi team leadership" "managed engineering managers"
	ambiguous "led multiple teams" "leading multiple teams" "managed multiple teams" "multiple teams"
	cue-after ^\s*(?:of\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|several|multiple|many)\s+)?(?:(?:junior|mid\s*-?\s*level|senior|new|other|fellow|backend|back\s*-?\s*end|software|platform|infrastructure|frontend|front\s*-?\s*end|mobile|data|sre|devops)\s+){0,2}(?:engineers|developers|engineering)\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b
	implies technical-leadership

skill technology-innovation "Technology innovation"
	category leadership
	stage principal
	weight 2
	from g001 g004
	alias "technology innovation" "technical innovation" "tech innovation" "emerging tech" "technology radar" "tech radar" "technology evaluation" "evaluating new technologies"
	# teachers bring emerging technologies into the classroom
	ambiguous "emerging technologies" "emerging technology"
	veto-after ^\s*(?:in\s+(?:the\s+)?classrooms?|for\s+(?:students|teaching|learning|classrooms?|educators|instruction))\b
	# not on a line about food, patients, classrooms, shops or bookkeeping
	veto-before \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b.*$
	veto-after ^.*\b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|payroll|quickbooks|bookkeeping|accounting|reconcil\w*|ledgers?|cashier\w*|merchandising|patients?|nurses?|nursing|bedside|classrooms?|students?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b

# ===========================================================================
# Soft skills.  Named by g002's top skills and g004's required skills; they
# are expected from the first job.  Ambiguous on purpose (see the top of
# the file): they count with "excellent ...", "... skills" or in a skills
# list, in any resume, but never make a line technical.
# ===========================================================================

skill communication "Communication"
	category soft
	stage junior
	weight 5
	from g000 g002 g003 g004
	ambiguous communication communicator communications "verbal communication" "written communication" "stakeholder communication" "technical communication" "communicating trade offs"
	cue-before \b(?:strong|excellent|effective|good|great|clear|outstanding|exceptional|proven|solid|superb|advanced|skilled|natural|verbal\s+and\s+written|written\s+and\s+verbal|oral\s+and\s+written|interpersonal\s+and)\s+(?:(?:written|verbal|oral|interpersonal|technical|team)\s+)?$
	cue-after ^\s*(?:and\s+[\w-]+\s+)?(?:skills?|abilities|ability)\b
	cue-after ^\s*(?:of|with|to)\s+(?:technical|trade\s*-?\s*offs|architecture|design|stakeholders|product|engineering|leadership|executives|non\s*-?\s*technical)\b
	# a Communications degree or department is a field, not the skill
	veto-before \b(?:(?:arts|science|sciences|ba|bs|b\.a\.|b\.s\.|ma|ms|m\.a\.|m\.s\.|degree|major|minor|bachelor'?s?|master'?s?|diploma|certificate|studied)\s+(?:of\s+|in\s+)?|corporate\s+|internal\s+|mass\s+|radio\s+|satellite\s+|wireless\s+|data\s+|serial\s+|network\s+)$
	veto-after ^\s*(?:degree|major|minor|department|dept|manager|director|officer|specialist|coordinator|studies|equipment|systems?|tower|technician|protocols?|networks?|satellite|platforms?|apps?|tools?|software|outages?)\b

skill collaboration "Collaboration"
	category soft
	stage junior
	weight 5
	from g000 g001 g002 g004
	ambiguous collaboration collaborative collaborated teamwork "team player" "cross functional collaboration" "cross team collaboration" "cross functional teams"
	cue-before \b(?:strong|excellent|effective|good|great|close|outstanding|exceptional|proven|solid|superb|natural)\s+$
	cue-after ^\s*(?:and\s+[\w-]+\s+)?(?:skills?|abilities|ability)\b
	cue-after ^\s*with\s+(?:the\s+)?(?:product|design|designers|frontend|front\s*-?\s*end|devops|qa|engineering|data|platform|sre|security|backend|mobile|cross\s*-?\s*functional)\b
	veto-after ^\s*(?:tools?|software|platforms?|suites?|apps?)\b
	# collaborative law, a collaborative practice agreement, collaborative care
	veto-after ^\s*(?:law|divorce|practice|care|family\s+law)\b

skill problem-solving "Problem solving"
	category soft
	stage junior
	weight 4
	from g001 g002 g004
	ambiguous "problem solving" "problem solver" "analytical problem solving" "complex problem solving" "solving complex problems"
	cue-before \b(?:strong|excellent|effective|good|great|creative|outstanding|exceptional|proven|solid|superb|analytical|natural|advanced)\s+$
	cue-before \b(?:adept|skilled|excellent|good|great|experienced)\s+at\s+$
	cue-after ^\s*(?:and\s+[\w-]+\s+)?(?:skills?|abilities|ability)\b

skill time-management "Time management"
	category soft
	stage junior
	weight 2
	from g002
	ambiguous "time management" prioritization prioritisation "meeting deadlines" "deadline management"
	cue-before \b(?:strong|excellent|effective|good|great|outstanding|exceptional|proven|solid|superb)\s+$
	cue-before \b(?:track\s+record\s+(?:of|for|in)|history\s+of|consistently|reliably)\s+$
	cue-after ^\s*(?:and\s+[\w-]+\s+)?(?:skills?|abilities|ability)\b

# ===========================================================================
# AI infrastructure.  g003 says senior roles increasingly own it; g000
# lists AI integrations as a trend.  Recognized and reported, not required.
# ===========================================================================

skill ai-integration "AI integration"
	category ai
	stage senior
	weight 0
	from g000
	alias "ai integration" "ai integrations" "llm integration" "llm integrations" "llm apis" "llm api"

skill ai-infrastructure "AI infrastructure"
	category ai
	stage senior
	weight 0
	from g003
	alias "ai infrastructure" "ml infrastructure" "llm infrastructure" mlops llmops "model serving" "inference infrastructure"

skill vector-databases "Vector databases"
	category ai
	stage senior
	weight 0
	from g003
	alias "vector database" "vector databases" "vector db" "vector dbs" "vector store" "vector stores" "vector search" pgvector

skill llm-routing "LLM gateways and prompt routing"
	category ai
	stage senior
	weight 0
	from g003
	alias "prompt routing" "llm routing" "model routing" "llm gateway" "llm gateways" "ai gateway" "ai gateways" "model gateway" "cost control gateways" "cost control gateway"

skill llm-evals "LLM evals"
	category ai
	stage senior
	weight 0
	from g003
	alias "llm evals" "llm evaluation" "llm evaluations" "model evals" "ai evals" "eval harness" "evaluation harness" "llm eval"
	# performance "evals" in HR and nursing
	ambiguous evals
	# "evals for the chatbot's prompts", "offline evals"
	cue-before \b(?:rag|prompt|offline|automated|regression)\s+$
	cue-after ^\s*(?:for|of|on)\s+(?:(?:the|our|an?)\s+)?(?:[\w'-]+\s+){0,3}(?:llms?|models?|prompts?|rag|agents?|chatbots?|classifiers?|embeddings?|retrieval)\b
	veto-before \b(?:performance|annual|employee|staff|patient|nursing|psych|psychiatric|student|physical\s+therapy|pt|ot|speech)\s+$

# ===========================================================================
# Certifications named by the guides.  Each implies the skill it proves;
# none is required by itself.
# ===========================================================================

skill aws-certified-developer "AWS Certified Developer - Associate"
	category certification
	stage mid
	weight 0
	from g000 g001 g004
	alias "aws certified developer" "aws certified developer associate" "aws developer associate" "aws developer certification"
	implies aws

skill gcp-cloud-developer "Google Cloud Professional Cloud Developer"
	category certification
	stage mid
	weight 0
	from g000 g001 g004
	alias "professional cloud developer" "google cloud professional cloud developer" "google professional cloud developer" "gcp professional cloud developer"
	implies gcp

skill azure-developer-associate "Microsoft Certified: Azure Developer Associate"
	category certification
	stage mid
	weight 0
	from g004
	alias "azure developer associate" "microsoft certified azure developer associate" "az 204"
	implies azure

skill oracle-java-certification "Oracle Java SE certification"
	category certification
	stage junior
	weight 0
	from g001 g004
	alias "oracle certified professional" "oracle certified professional java se programmer" "oracle certified professional java" "ocp java" ocpjp
	alias "oracle certified java programmer" "java se programmer" "oracle java se 17 developer" "java se 17 developer" "java se 11 developer"
	pattern (?:oracle\s+)?java\s+se\s+\d{1,2}\s+(?:developer|programmer)
	implies java

skill docker-certified-associate "Docker Certified Associate"
	category certification
	stage mid
	weight 0
	from g000 g001 g004
	alias "docker certified associate" "docker certified"
	implies docker

skill cka "Certified Kubernetes Administrator"
	category certification
	stage senior
	weight 0
	from g000 g001
	alias "certified kubernetes administrator" cka
	implies kubernetes containerization

skill terraform-associate "HashiCorp Certified: Terraform Associate"
	category certification
	stage mid
	weight 0
	from g000
	alias "terraform associate" "hashicorp certified terraform associate" "hashicorp terraform associate" "hashicorp certified"
	implies terraform infrastructure-as-code
