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

# The technology catalogue: every technology a resume may show, shared by
# every role.  A skill block below with an entry's id adopts it: the role
# gives it a category, a stage and a weight, and may add spellings and
# rules.  Entries the role does not adopt are reported apart ("also
# shows"), unless a group takes them in with members-kind or members-tag.
catalogue catalogue

# Office, business, design and collaboration software count as what a
# resume shows, never for this role, and they do not make a line
# technical: "patient testing schedules in Microsoft Excel" is no
# software testing.
quiet-kind office business design collaboration
# Practices (testing, CI/CD, cloud computing) are no technologies: a
# posting weighs them, but they are no knock-outs, and "or a similar"
# after one reaches the technology named before it.
practice-kind practice

# A recruiter's or a salesperson's technologies are the people's they
# place or the product's they sell, for the catalogue's entries as for
# the role's own (see the rule set below).
catalogue-use roles

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

# A stage is reached when a resume shows this share of the weight the
# stage asks for, and so does every stage below.  Calibrated on the
# annotated corpus (corpora/annotated): the stage by skills agrees with
# the annotator's stage for 18 of 37 technical resumes at 0.2, 13 at
# 0.25, 11 at 0.3 and 3 at 0.6, which placed 8 of 9 senior engineers at
# no stage at all; resumes name far fewer of each stage's listed skills
# than the guides list.  No non-technical resume reaches a stage at 0.2.
threshold 0.2

# ---------------------------------------------------------------------------
# Job titles: what a title says of its holder's stage.  A title is a
# short clause of a job line (or of the headline under the name) that
# names a job; its stage is the highest rank word in it, or the job's own
# when it has none.  "Senior Backend Engineer" is senior, "Engineer II"
# mid, "Staff Engineer" lead, "Junior Developer" junior.  A job that is a
# level in itself (a tech lead, an architect, a CTO) is both a job and a
# rank, so "Senior Engineering Manager" is lead.  Staff engineers sit at
# lead: the guides put Staff Software Engineer beside Technical Lead and
# Engineering Manager on the track above senior.
job-title junior "software intern" "software engineering intern" "engineering intern" "software apprentice" "working student" "werkstudent"
job-title mid "engineer" "developer" "programmer" "sde" "swe" "sre" "devops" "coder" "backend" "back end" "frontend" "front end" "full stack" "fullstack"
job-title mid "data scientist" "machine learning scientist" "research scientist" "data analyst" "security analyst" "soc analyst" "systems analyst"
job-title mid "system administrator" "systems administrator" "sysadmin" "database administrator" "dba" "software consultant" "technical consultant" "it consultant"
job-title mid "entwickler" "softwareentwickler" "ingenieur" "softwareingenieur" "informatiker" "développeur" "developpeur" "ingénieur" "ingenieur logiciel" "desarrollador" "ingeniero" "programador" "desenvolvedor" "engenheiro" "sviluppatore" "ingegnere" "programmatore" "ontwikkelaar" "programmeur"
job-title mid "entwicklerin" "softwareentwicklerin" "ingenieurin" "développeuse" "developpeuse" "ingénieure" "desarrolladora" "ingeniera" "programadora" "desenvolvedora" "engenheira" "sviluppatrice" "ingegnera" "programmatrice"
job-title lead "tech lead" "technical lead" "engineering manager" "development manager" "software development manager" "head of engineering" "head of development" "head of technology" "architect" "chef de projet technique" "responsable technique" "líder técnico" "líder técnica" "lider tecnico" "jefe de desarrollo"
job-title principal "cto" "chief technology officer" "chief architect" "vp of engineering" "vp engineering" "vice president of engineering" "director of engineering" "engineering director"
title-rank junior "junior" "jr" "entry level" "graduate" "associate" "i" "intern" "trainee" "apprentice" "werkstudent" "praktikant" "stagiaire" "becario" "pasante" "estagiário" "tirocinante" "stagiair"
title-rank mid "ii" "mid level" "intermediate"
title-rank senior "senior" "sr" "snr" "iii" "sênior" "sénior"
title-rank lead "lead" "staff" "iv" "tech lead" "technical lead" "team lead" "team leader" "engineering manager" "development manager" "software development manager" "head of engineering" "head of development" "head of technology" "head of" "architect" "leitender" "teamleiter" "teamleiterin" "líder técnico" "líder técnica" "lider tecnico" "jefe de equipo" "jefe de desarrollo"
title-rank principal "principal" "distinguished" "fellow" "chief" "cto" "chief technology officer" "chief architect" "vp of engineering" "vp engineering" "vice president of engineering" "director of engineering" "engineering director" "director"

# Evidence has weight: a skill named in these sections is shown in use;
# named only elsewhere (a skills list, a summary, a line of keywords) it
# counts for this share of its weight toward the stage by skills.
listed-weight 0.5

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
section experience "experience" "work experience" "professional experience" "relevant experience" "employment" "employment history" "work history" "career history" "leadership" "work" "career" "professional background" "positions held"
# "Open source" is not a heading here: a line "Open source" names the
# skill, and a heading claims nothing (see gapcheck-lexicon(5)).
section projects "projects" "personal projects" "side projects" "selected projects"
section education "education" "education and training" "academic background" "qualifications" "courses" "coursework" "training"
section certifications "certifications" "certificates" "licenses" "licenses and certifications" "certifications and licenses"
section other "awards" "honors" "honours" "awards and honors" "achievements" "accomplishments" "publications"
section other "interests" "hobbies" "hobbies and interests" "personal interests" "activities" "extracurricular activities"
section other "volunteering" "volunteer experience" "volunteer work" "community service" "community involvement"
section other "memberships" "affiliations" "professional affiliations" "personal" "personal information" "contact" "contact information" "references"
# The same headings in French, German, Spanish, Portuguese, Italian and
# Dutch, with and without accents where resumes drop them.  Romance
# languages put the qualifier after the noun ("Experiencia profesional"),
# which the qualifying words above do not cover, so each is listed.
section skills "compétences" "competences" "compétences techniques" "competences techniques" "compétences clés" "langages" "langages de programmation" "outils"
section skills "kompetenzen" "kenntnisse" "fachkenntnisse" "it-kenntnisse" "edv-kenntnisse" "technische kenntnisse" "fähigkeiten" "werkzeuge"
section skills "habilidades" "habilidades técnicas" "competencias" "competencias técnicas" "conocimientos" "conocimientos técnicos" "herramientas"
section skills "competências" "competências técnicas" "conhecimentos" "conhecimentos técnicos" "ferramentas"
section skills "competenze" "competenze tecniche" "conoscenze" "conoscenze tecniche" "strumenti"
section skills "vaardigheden" "technische vaardigheden" "competenties" "kennis" "technische kennis"
section summary "profil" "profil professionnel" "à propos" "à propos de moi" "kurzprofil" "über mich" "zusammenfassung" "perfil" "perfil profesional" "perfil profissional" "resumen" "resumen profesional" "sobre mí" "sobre mim" "resumo" "resumo profissional" "profilo" "profilo professionale" "chi sono" "profiel" "over mij" "samenvatting"
section experience "expérience professionnelle" "expériences professionnelles" "experience professionnelle" "experiences professionnelles" "expérience" "expériences" "parcours professionnel"
section experience "berufserfahrung" "berufliche erfahrung" "beruflicher werdegang" "werdegang" "berufspraxis" "praxiserfahrung"
section experience "experiencia profesional" "experiencia laboral" "experiencia" "trayectoria profesional" "historial laboral"
section experience "experiência profissional" "experiências profissionais" "experiencia profissional" "experiência" "histórico profissional"
section experience "esperienza professionale" "esperienze professionali" "esperienza lavorativa" "esperienze lavorative" "esperienza" "esperienze" "percorso professionale"
section experience "werkervaring" "werkervaring en stages" "ervaring" "professionele ervaring" "loopbaan"
section education "formation" "formations" "parcours académique" "parcours scolaire" "parcours universitaire" "formation académique" "formation academique" "diplômes" "diplomes" "diplômes et formations" "études" "etudes" "cursus"
section education "ausbildung" "studium" "bildungsweg" "akademischer werdegang" "schulischer werdegang" "schulbildung" "hochschulbildung" "akademische ausbildung" "aus- und weiterbildung" "weiterbildung"
section education "formación" "formacion" "formación académica" "formacion academica" "educación" "educacion" "estudios"
section education "formação" "formacao" "formação académica" "formação acadêmica" "formacao academica" "educação" "educacao" "escolaridade"
section education "istruzione" "formazione" "istruzione e formazione" "titoli di studio"
section education "opleiding" "opleidingen" "onderwijs" "opleiding en cursussen"
section certifications "zertifikate" "zertifizierungen" "certificaciones" "certificados" "certificações" "certificacoes" "certificazioni" "certificaten" "certificeringen"
section projects "projets" "projets personnels" "projekte" "proyectos" "projetos" "progetti" "projecten"
section other "langues" "sprachen" "sprachkenntnisse" "idiomas" "lingue" "conoscenze linguistiche" "talen" "talenkennis"
section other "centres d'intérêt" "centres d'interet" "loisirs" "hobbys" "interessen" "intereses" "aficiones" "interesses" "interessi" "hobby's"
section other "bénévolat" "benevolat" "ehrenamt" "ehrenamtliches engagement" "voluntariado" "volontariato" "vrijwilligerswerk"
section other "références" "referenzen" "referencias" "referências" "referenze" "referenties" "publikationen" "publicaciones" "publicações" "pubblicazioni" "publicaties"
section other "informations personnelles" "persönliche daten" "datos personales" "dados pessoais" "dati personali" "persoonlijke gegevens" "kontakt" "contacto" "contato" "contatti"

# Technical context for ambiguous spellings: a line in the skills section,
# or a line labelled with one of its headings.
context-section skills

# Date ranges in these sections are jobs: they give years of experience.
experience-section experience
use-section experience projects
# Job titles are read on these sections' lines, and in the headline.
title-section experience summary

# Job postings (--against): a skill weighs by the section that asks for
# it; skills named elsewhere in a posting weigh the default.  The lists
# of a posting's requirements are technical context, like a skills list.
section required "requirements" "required" "required skills" "required qualifications" "minimum qualifications" "basic qualifications" "must have" "must haves" "what you'll need" "what you need" "what we're looking for" "what we are looking for" "you have" "you should have" "who you are"
section required "what you bring" "what you'll bring" "what you will bring" "you bring" "about you" "your profile" "key requirements" "job requirements" "essential" "essential skills" "essential requirements" "mandatory" "mandatory skills" "skills and experience" "experience and skills" "what we expect" "we expect" "requirements and qualifications" "must have skills"
section preferred "nice to have" "nice to haves" "bonus" "bonus points" "preferred" "preferred qualifications" "preferred skills" "pluses" "it's a plus" "extra credit"
section preferred "desirable" "desirable skills" "desired" "desired skills" "good to have" "bonus skills" "a plus" "plus" "would be a plus" "ideally" "even better" "extra points" "preferred experience" "optional" "nice to have skills"
section responsibilities "responsibilities" "key responsibilities" "what you'll do" "what you will do" "the role" "about the role" "your role" "duties"
section responsibilities "what you'll be doing" "what you will be doing" "your responsibilities" "job description" "role description" "your mission" "the job" "day to day" "your day to day" "in this role"
# What a posting says of the company and its offer: no requirements.
section company "about us" "about the company" "who we are" "what we offer" "we offer" "our offer" "benefits" "perks" "perks and benefits" "compensation" "salary" "why join us" "why us" "how to apply" "equal opportunity"
context-section required preferred responsibilities
posting-weight required 3
posting-weight responsibilities 2
posting-weight preferred 1
posting-weight company 0
posting-weight default 2

# Words a posting writes with a capital that name no technology: a
# capitalized word of a requirement line that no entry names is listed
# as a term the posting asks for but the lexicon does not know, unless
# it is one of these.
plain-words english german french spanish dutch polish italian portuguese swedish danish norwegian finnish czech russian ukrainian chinese mandarin japanese korean arabic hindi turkish
plain-words bachelor bachelors master masters bs bsc ba ms msc ma mba phd doctorate degree diploma computer science engineering mathematics math physics statistics informatics stem university
plain-words i we you our your they it this that these those he she us
plain-words eu us usa uk emea apac latam cet cest utc gmt est pst ist
plain-words monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
plain-words eur usd gbp chf sek pln ct ctc ote
plain-words tb gb mb kb pb ms rps qps tps k m
plain-words okr okrs kpi kpis b2b b2c mvp poc pr prs cv asap etc ie eg vs
plain-words ideally strong solid good excellent proven deep working familiarity knowledge understanding experience ability

# Negation: a mention after these is not evidence ("no experience with
# Kafka", "never worked with Java or Go", "without Docker").  The list
# continuation lets "no experience with Kafka or RabbitMQ" reach RabbitMQ,
# and "not yet used Kubernetes or any cloud platform" the cloud.
negation-before \b(?:no|zero)\s+(?:prior\s+|professional\s+|hands-on\s+|real\s+|production\s+)?(?:experience|exposure|knowledge|background)\s+(?:with|in|of|using)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}(?:(?:any|other|an?|the)\s+)?$
negation-before \b(?:not|never|haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:yet\s+|ever\s+|really\s+|personally\s+)?(?:used|worked\s+(?:with|in|on)|touched|tried|programmed\s+in|written|shipped)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}(?:(?:any|other|an?|the)\s+)?$
negation-before \b(?:without|unfamiliar\s+with|not\s+familiar\s+with|lack(?:ing)?\s+(?:experience\s+)?(?:with|in))\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}(?:(?:any|other|an?|the)\s+)?$
# "Don't have experience with Python, Golang", "does not have any exposure to"
negation-before \b(?:don't|dont|do\s+not|doesn't|does\s+not)\s+(?:yet\s+|really\s+)?(?:have|possess)\s+(?:any\s+|much\s+|prior\s+|professional\s+|hands-on\s+|real\s+|production\s+)*(?:experience|exposure|knowledge|background)\s+(?:with|in|of|using|to)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*){0,6}(?:(?:any|other|an?|the)\s+)?$
negation-after ^\s*(?:\(|-|:)?\s*(?:no\s+experience|not\s+yet\s+used|never\s+used|none)\b
# Wishes are not skills: "looking for a team that cares about code
# quality and code review" shows neither (and its second line starts
# "cares about ...").
negation-before (?:\b(?:that|which|who)\s+|^\W*)(?:really\s+|truly\s+|genuinely\s+)?(?:cares?|values?)\s+(?:deeply\s+|a\s+lot\s+)?about\s+(?:[\w.+#/'-]+(?:\s*[,/]\s*|\s+)){0,8}$

# Learning: weaker evidence, reported as such and not as the skill
# ("currently learning Rust", "studying for the AWS certification",
# "still need to learn (currently: Docker and the basics of AWS)").
# "machine learning" is a field, not a plan.
learning-before (?<!machine )(?<!deep )(?<!reinforcement )\b(?:(?:currently|now|actively)\s+)?(?:learn|learning|studying)\s*(?:\(\s*)?(?:currently\s*:?\s*)?(?:the\s+)?(?:(?:(?:the\s+)?(?:basics|fundamentals)\s+of\s+)?[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}(?:(?:the\s+)?(?:basics|fundamentals)\s+of\s+)?$
learning-before \b(?:want(?:ing)?|plan(?:ning)?|hope|hoping|eager|keen|aim(?:ing)?)\s+to\s+(?:learn|study|pick\s+up|get\s+into)\s+(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}$
learning-before \b(?:interested\s+in|studying\s+for\s+(?:the\s+|an?\s+)?|preparing\s+for\s+(?:the\s+|an?\s+)?|introductory\s+course\s+(?:on|in))\s*(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}$
# "working through a PostgreSQL course", "enrolled in a Go course"
learning-before \b(?:working\s+through|enrolled\s+in)\s+(?:an?\s+|the\s+)?(?:(?:online|free|short|introductory|beginner'?s?|udemy|coursera)\s+)?(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}$
# "I want to move into a DevOps role"
learning-before \b(?:want(?:s|ing)?|hope|hoping|plan(?:ning)?|aim(?:ing)?|looking)\s+to\s+(?:move|get|transition|switch|grow|break)\s+into\s+(?:an?\s+|the\s+)?$
# "have started reading the Rust book", "started learning Go"
learning-before \bstart(?:ed|ing)?\s+(?:reading|learning|studying|on)\s+(?:the\s+|an?\s+)?$
# "only touched AWS in a training lab", "Docker through online tutorials"
learning-before \bonly\s+(?:ever\s+)?(?:touched|tried|played\s+with|dabbled\s+(?:in|with))\s+$
learning-after ^\s*\((?:learning|in\s+progress|currently\s+learning|beginner)\)
learning-after ^\s+(?:only\s+)?(?:in|through|via|from)\s+(?:an?\s+|the\s+)?(?:(?:online|free|short|introductory)\s+)?(?:training\s+labs?|tutorials?|online\s+courses?)\b
# The negation and learning rules above run only on lines holding one of
# these words; a rule that needs another word must add it here.
rule-words no zero not never haven hasn have has didn did without
rule-words unfamiliar familiar lack lacking none don dont doesn do does
rule-words learning studying learn study want wanting wants plan planning hope
rule-words hoping eager keen aim aiming interested preparing introductory
rule-words progress beginner cares care values value through enrolled
rule-words looking touched tried played dabbled tutorial tutorials training
rule-words courses started starting

# Cues: what around an ambiguous word makes it technical.
# "written in Go", "built with Flask", "deployed on Azure", "using Docker"
cue-before \b(?:in|using|with|via|on|leveraging|utili[sz]ing)\s+$
# lists that continue one: "in Go, Rust and", "with Flask/"
cue-before \b(?:in|using|with)\s+(?:[\w.+#-]+\s*(?:,|/)\s*){0,4}[\w.+#-]+\s*(?:,|/|\band\b|\bor\b)\s*$
# "experience with Python and", "proficient in"
cue-before \b(?:proficient|proficiency|fluent|fluency|experienced|expertise|skilled|familiar|familiarity)\s+(?:in|with)\s+$
# software moved to it: "ported the scheduler to Go", "migrated the app
# from Struts to Spring", "deployed the services to Azure", "led the
# migration to Docker" (but not "deployed with the Navy to Java",
# "migrated to Spring Valley")
cue-before \b(?:port(?:ed|ing)?|migrat(?:e|ed|ing)|rewr(?:ite|ote|itten|iting)|deploy(?:ed|ing|s)?|upgrad(?:e|ed|ing)|switch(?:ed|ing)?|convert(?:ed|ing)?|mov(?:e|ed|ing))\s+(?:[\w.+#/'-]+\s+){0,4}(?:services?|apps?|applications?|code|codebase|workloads?|apis?|microservices?|functions?|containers?|pipelines?|jobs?|modules?|views?|schedulers?|backends?|monoliths?|tooling|clis?|scripts?|librar(?:y|ies)|sdks?|stack|databases?|tests?|builds?|repos?|repositories|endpoints?|workers?|consumers?|parsers?|engines?|vms?|servers?|instances|clusters?)\s+(?:[\w.+#/'-]+\s+){0,4}(?:to|onto|into)\s+$
cue-before \b(?:the|our|a)\s+migration\s+(?:from\s+[\w.+#-]+\s+)?(?:to|onto)\s+$
# a version right after: "Go 1.21", "Express 4.18", "Node 18.x"
cue-after ^\s*v?\d+\.(?:\d+|x)\b
# a software noun right after: "Go developer", "Kafka cluster", "Docker containers"
cue-after ^\s*(?:developers?|development|engineers?|engineering|programming|programmer|code|codebase|coding|lang|language|sdk|runtime|modules?|packages?|library|libraries|frameworks?|microservices?|services?|backends?|servers?|apis?|apps?|applications?|scripts?|scripting|cli|stack|ecosystem|tooling|toolchain|compiler|crates?|clusters?|consumers?|producers?|topics?|brokers?|pipelines?|deployments?|containers?|functions|endpoints?|queries|middleware|platforms?|outages?)\b
# "Go-based", "Rust-powered"
cue-after ^-(?:based|powered|native|backed)\b
# Technologies the role does not list: a line that names one is technical
# ("tracing with OpenTelemetry", "monitoring with Prometheus and
# Grafana").  Only names with no everyday sense; they are context, not
# skills.
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
cue-line \b(?:flame\s+graphs?|stored\s+procedures)\b

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

# ---------------------------------------------------------------------------
# Rule sets: whole-line and phrase rules that many skills share, taken in
# with "use".
#
# trades: a line about food, patients, classrooms, shops or bookkeeping
# is not about software, whatever its words ("monitoring of patients",
# "containers for food", "scaling recipes").  Used by the skills whose
# words other trades share.
rule-set trades veto-line \b(?:food|menus?|kitchens?|restaurants?|catering|culinary|chefs?|recipes?|quickbooks|bookkeeping|cashier\w*|merchandising|nurses?|nursing|bedside|classrooms?|teachers?|lesson\s+plans?|forklift|housekeeping|prospecting|cold\s+calling|sales\s+(?:quotas?|targets?|territor(?:y|ies)))\b
#
# roles: technologies named as the roles someone hires, sources, places
# or sells are theirs, not the person's: "sourcing Python engineers",
# "hiring for Go", "sell our Kubernetes monitoring platform to CTOs",
# "Hired 52 engineers in 2024: backend (Go, Kotlin)" (a mention after the
# people hired, in the same clause, names what they work with), "30
# placements a year"; and technologies grouped under team names,
# "backend (Go, Kotlin), data (Python, dbt) and platform (Kubernetes,
# AWS)", are the stacks of teams or of the roles filled for them.  One
# rule of each kind: a set's rules run for every mention of the many
# skills that use it.
rule-set roles veto-before (?:\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|(?<!event\s)sourc(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|staff(?:ed|ing))\s+(?:for\s+)?(?:(?:a|an|the|our|their|new|more|top|senior|junior|experienced|\d+\+?|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|several|many)\s+)*(?:[\w.+#/-]+\s*(?:,|/|\band\b|\bor\b)\s*){0,6}$|\b(?:sell|sells|sold|selling|resell(?:s|ing)?|resold|pitch(?:ed|es|ing)?)\s+(?:our|the|their|its|a|an)\s+(?:[\w.+#/-]+\s+(?:and\s+|&\s+)?){0,4}$|\b(?:hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|recruitment|(?<!event\s)sourced|(?<!event\s)sourcing|placed|placing|talent\s+pipelines?)\b[^.;]*?\b(?:engineers|developers|programmers|roles|positions|candidates|openings|vacancies|reqs|talent|hires)\b[^.;]*$)
rule-set roles veto-line (?:\bhir(?:e|ing)|\brecruiting|(?<!event\s)\bsourcing|\bstaffing)\s+for\b|(?<=\d\s)placements\b
#
# others: a title or a team named as someone else's is not the person's:
# "pair programming with the lead developer", "working with the on-call
# engineer", "reported to the VP of Engineering", a referee's title.
rule-set others veto-before \b(?:with|alongside|under|by|(?:report(?:ed|ing|s)?|escalat(?:ed|ing|es?)|talk(?:ed|ing|s)?|spoke|speak(?:s|ing)?)\s+to|shadow(?:ed|ing)?|help(?:ed|ing)?|assist(?:ed|ing)?)\s+(?:the|our|their|his|her|its|a|an|my)\s+(?:[\w-]+\s+){0,2}$
rule-set others veto-line \b(?:references?|referees?)\b|\b(?:available\s+)?(?:on|upon)\s+request\b
#
# care-and-trades: nurses, doctors and tradespeople are on call and carry
# pagers too.
rule-set care-and-trades veto-line \b(?:nurses?|nursing|physicians?|doctors?|residents?|residency|hospital|medical|surgical|surgery|clinical|ward|wards|icu|patients?|technicians?|hvac|plumbing|electrical|boilers?|furnaces?|no\s*-?\s*(?:heat|cool))\b

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
	# the snake: "a 5-metre reticulated python", "ball python enclosure"
	veto-before \b(?:reticulated|burmese|ball|royal|carpet|blood|amethystine|anthill|children's|woma|(?:african|indian)\s+rock|green\s+tree)\s+$
	veto-after ^\s*(?:snakes?|regius|molurus|bivittatus|reticulatus|enclosures?|hatchlings?)\b
	use roles

skill java "Java"
	category language
	stage junior
	weight 0
	from g000 g001 g004
	alias "java se" "java ee" "jakarta ee" j2ee jvm "core java" "java programming" "java development" "java developer" "java engineer"
	# Java is also an island and a cup of coffee: "taught English in Java, Indonesia"
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
	# "a Go backend team": a team, not the person's language
	veto-after ^\s+(?:(?:backend|back\s*-?\s*end|frontend|platform|data|infra\w*)\s+)?teams?\b
	# "willing to go", "on the go", "go the extra mile", "go live"
	veto-before \b(?:willing|ready|able|want|wanted|need|needed|going|eager|free|love|like|have|had|got)\s+to\s+$
	veto-before \b(?:on\s+the|let's|lets|let|will|shall|must|gonna|always|never|often|would|could|can)\s+$
	veto-after ^\s+(?:ahead|above|beyond|the\s+extra|extra|out|back|through|into|home|live|green|getter|getters|hand\s+in\s+hand|over|away|abroad|shopping|hiking|camping|running|fishing)\b
	veto-after ^\s+to\s+(?:market|the|a|an|work|school|college|church|bed|sleep|meetings?|events?|person|resource|guy|place|places)\b
	# "go/no-go decisions"
	veto-after ^\s*/\s*no\b
	use roles

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
	# "each node in the graph", "a node of the network"
	veto-after ^\s+(?:in|of)\s+(?:the\s+|a\s+|an\s+)?(?:graph|tree|network|mesh|lattice|diagram)\b
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

# JavaScript is named only as the front-end trio (HTML/CSS/JS); it is kept,
# unweighted, because Node.js implies it.
skill javascript "JavaScript"
	category language
	stage junior
	weight 0
	from g001
	alias javascript js ecmascript es6
	use roles

# Which one is the candidate's: the guides name five, and any
# server-side language of the catalogue meets the requirement as well.
group backend-language "A backend language (Python, Java, C#, Go, Node.js or another)"
	stage junior
	weight 5
	from g000 g001 g002 g004
	members python java go nodejs rust
	members-tag server-language

skill backend-development "Backend development"
	category practice
	stage junior
	weight 5
	from g000 g001 g002 g004
	alias "backend development" "backend engineering" "backend programming" "back end development" "back end engineering" "back end programming"
	alias "server side development" "server side programming" "backend engineer" "backend developer" "backend software engineer"
	alias "back end engineer" "back end developer" "backend systems" "backend services" "backend service"
	ambiguous backend backends "back end" "server side"
	# "designing the backend of a regional insurer", "built the backend"
	cue-before \b(?:design(?:ed|ing|s)?|buil(?:t|d|ds|ding)|architect(?:ed|ing)?|wr(?:ote|ite|iting)|maintain(?:ed|ing|s)?|own(?:ed|ing|s)?|rewr(?:ote|ite|iting))\s+(?:the|our|its|their|a|an)\s+$
	# "the backend of our booking app"
	cue-after ^\s*(?:of|for)\s+(?:(?:our|the|an?|its|their|my)\s+)?(?:[\w'-]+\s+){0,2}(?:apps?|applications?|platforms?|services?|sites?|websites?|systems?|saas|products?)\b
	# car dealerships sell "back-end products"
	veto-after ^\s*(?:gross|sales|products|profit|revenue|f\s*&\s*i|finance|menu|of\s+the\s+(?:truck|car|vehicle|store|house|year|month))\b
	# the backend team is other people; "server-side rendering" and
	# "server-side databases" are not backend development
	veto-after ^\s+(?:and\s+[\w-]+\s+)?teams?\b
	veto-after ^\s*(?:rendering|rendered|render|includes|tracking|analytics|cookies|databases?)\b
	# a client's backend is someone else's: "sync with the REST backend",
	# "talks to the backend"
	veto-before \b(?:sync(?:s|ed|ing)?|talk(?:s|ed|ing)?|integrat(?:e|es|ed|ing)|communicat(?:e|es|ed|ing)|connect(?:s|ed|ing)?|call(?:s|ed|ing)?)\s+(?:with|to|into)\s+(?:the|our|a|their|its)\s+(?:[\w-]+\s+)?$
	use roles

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
	# "small Flask dashboards", "a Flask app"
	cue-after ^\s*(?:dashboards?|apps?|blueprints?|routes?|views?)\b
	# the laboratory flask
	veto-before \b(?:erlenmeyer|volumetric|bottom|conical|lab|laboratory|hip|vacuum|thermos|filter|filtering|culture|shake|shaker|glass|reagent|titration|dewar|florence|boiling)\s+$
	veto-after ^\s*(?:of|cultures?|shaker|washing|sterili[sz]ation|bottles?|with\s+(?:media|reagents?|solution))\b
	use roles
	implies python

skill django "Django"
	category framework
	stage junior
	weight 0
	from g001 g004
	alias "django rest framework" "django framework"
	ambiguous django
	veto-after ^\s+(?:reinhardt|unchained)\b
	use roles
	implies python

skill spring "Spring Framework"
	category framework
	stage junior
	weight 0
	from g001 g004
	alias "spring framework" "spring mvc" "spring cloud" "spring data" "spring security"
	ambiguous spring
	# the season, the coil and the kitchen: "Spring 2021", "spring rolls"
	veto-before \b(?:hot|box|coil|leaf|mineral|this|last|next|early|late|each|every|fall|autumn|summer|winter|during|since|until|in\s+the|of\s+the|throughout)\s+$
	veto-after ^\s*(?:rolls?|onions?|water|menu|garden|gardens|mix|lamb|vegetables|greens|peas|collection|cleaning|season|festival|sale|sales|catalog|concert|fling|training|camp|fair|fever|tide|mattress|coils?|steel|clip|scale|loaded|planting|bulbs|time|musical|recital|graduation|/\s*(?:summer|fall|autumn|winter))\b
	use roles
	implies java

skill spring-boot "Spring Boot"
	category framework
	stage junior
	weight 0
	from g001 g004
	alias "spring boot" springboot
	use roles
	implies java spring

skill express "Express.js"
	category framework
	stage junior
	weight 0
	from g004
	alias express.js expressjs "express js"
	ambiguous express
	# "express delivery", "American Express", "express my ideas"
	veto-before \b(?:american|fedex|ups|dhl|priority|federal|orient|pony|able\s+to|to|clearly|freely|airport|global|postal|cisco|application|the|can|could|you|we)\s+$
	veto-after ^\s*(?:delivery|deliveries|shipping|mail|post|lane|lanes|checkout|check\s*-?\s*in|entry|train|trains|bus|buses|service|services|lines?|written|consent|permission|interest|gratitude|concerns?|ideas?|myself|themselves|feelings|emotions|opinions?|appreciation|courier|parcels?|card|oil|care|clinic|kiosk|scripts)\b
	# a company's name: "Personal Express Insurance", "Express Employment Professionals"
	veto-after ^\s+(?:insurance|inc|llc|ltd|corp|corporation|company|co|bank|logistics|freight|employment|pros|mart|pharmacy|auto|airlines?|cleaners|motors|transport|forwarding|publishing|your|yourself|our|their|creativity)\b
	use roles
	implies nodejs javascript

group backend-framework "A server-side framework (Spring Boot, Django, ASP.NET Core, Rails or another)"
	stage junior
	weight 4
	from g001 g002 g004
	members flask django spring spring-boot express
	members-tag backend-framework

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
	use roles trades

skill docker "Docker"
	category container
	stage mid
	weight 0
	from g000 g001 g004
	alias dockerfile dockerfiles "docker compose" dockerized dockerised "docker containers" "docker images" "docker swarm" "docker engine" "docker desktop"
	# a docker also loads ships
	ambiguous docker
	veto-before \b(?:as\s+an?|port|dock|harbou?r|ship)\s+$
	# a line about docks: "Docker / Lasher, Port of Felixstowe"
	veto-line \b(?:port\s+of|docks|dockyard|stevedor\w*|longshore\w*|lash(?:er|ers|ing)|shipping\s+containers|straddle\s+carriers?|reach\s+stackers?|vessels)\b
	cue-after ^\s*(?:images?|hub|compose|files?|volumes?)\b
	use roles

group containers "Containerization (Docker or equivalent)"
	stage mid
	weight 5
	from g000 g001 g002 g004
	members docker containerization
	members-tag container-runtime

skill container-orchestration "Container orchestration"
	category container
	stage senior
	weight 0
	from g000 g001 g004
	alias "container orchestration" "container orchestrator"
	ambiguous orchestration
	veto-before \b(?:music|musical|orchestral|symphonic|band|film|score|choral)\s+$
	veto-after ^\s*(?:and\s+(?:arranging|arrangement|composition)|for\s+(?:band|orchestra|film|choir)|of\s+(?:music|scores?|songs?))\b
	# workflow orchestration: "Airflow for orchestration", "orchestration
	# of ETL jobs", unless the line names containers
	veto-line ^(?!.*\b(?:containers?|containeri[sz]ed|kubernetes|k8s|docker|pods?|nomad|swarm|ecs|eks|aks|gke|openshift)\b).*\b(?:airflow|dagster|prefect|luigi|oozie|workflows?|etl|elt|dags?|data\s+pipelines?)\b
	use roles
	implies containerization

skill kubernetes "Kubernetes"
	category container
	stage senior
	weight 0
	from g000 g001 g003 g004
	alias kubernetes k8s kube kubectl "kubernetes operations"
	# the Greek word: kubernetes, "helmsman", the root of "govern"
	veto-before \b(?:greek|latin|etymolog\w*|ancient)\b.*$
	veto-after ^\s*\(?\s*["“']?\s*(?:helmsman|steersman|pilot|governor)\b
	use roles
	implies containerization

group orchestration "Container orchestration (Kubernetes or equivalent)"
	stage senior
	weight 5
	from g000 g001 g003 g004
	members kubernetes container-orchestration
	members-tag container-orchestrator

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
	use roles

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
	use roles

skill azure "Microsoft Azure"
	category cloud
	stage mid
	weight 0
	from g004
	alias "microsoft azure" "ms azure" "azure cloud" "azure functions"
	# also a colour
	ambiguous azure
	veto-after ^\s*(?:blue|sky|skies|sea|seas|waters?|coast|eyes|colou?r|paint|tiles?|silk)\b
	use roles

# "Cloud computing" without a named provider still meets the requirement.
skill cloud-computing "Cloud computing"
	category cloud
	stage mid
	weight 0
	from g002 g004
	alias "cloud computing" "cloud platforms" "cloud platform" "cloud services" "cloud infrastructure" "cloud native"
	alias "cloud & infra" "cloud & infrastructure" "cloud and infrastructure" "cloud/infra"
	alias "cloud environments" "cloud environment" "cloud providers" "cloud provider" "public cloud" "multi cloud" "hybrid cloud"
	# a bare "cloud": a "Cloud:" skills label, "a cloud region", "Cloud Engineer"
	ambiguous cloud
	cue-after ^\s*(?:regions?|providers?|accounts?|costs?|spend|bills?|migrations?|support|security|native|infrastructure|resources|workloads?|vendors?|operations|ops|consoles?|deployments?|environments?|architect(?:ure)?)\b
	# product names (Cloud SQL, Cloud Run) and other clouds (Creative Cloud, "on cloud nine")
	veto-after ^\s*(?:practitioner|sql|run|functions|storage|spanner|bigtable|build|pub\s*/\s*sub|pubsub|armor|cdn|dns|interconnect|composer|tasks|scheduler|shell|console|firestore|memorystore|endpoints|nat|vpn|dataflow|dataproc|nine|9|cover|formations?|seeding|chamber)\b
	# "cloud-based tools: Canva, Asana" are software someone uses
	veto-after ^\s*-?\s*based\s+(?:tools|apps|software|productivity|accounting|pos|crm|office|suites?)\b
	veto-before \b(?:creative|marketing|sales|service|commerce|adobe|document|word|point|tag|storm|mushroom|dust|rain|thunder|smoke|steam|cumulus|dark|grey|gray|white|black)\s+$
	use roles trades

group cloud-platform "A cloud platform (AWS, Google Cloud or Azure)"
	stage mid
	weight 5
	from g000 g001 g002 g003 g004
	members aws gcp azure cloud-computing
	members-tag cloud-provider

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
	alias "lambda functions"
	# "AWS Lambda" names the product; "AWS (Lambda, SQS, RDS)" names AWS and
	# Lambda, which a spelling would read across the bracket as one
	pattern (?:aws|amazon)\s+lambda
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
	alias "api gateway" "api gateways"
	pattern (?:aws|amazon)\s+api\s+gateways?
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
	# "Azure DevOps" is a product
	veto-before \bazure\s+$
	use roles

skill infrastructure-as-code "Infrastructure as code"
	category cicd
	stage mid
	weight 0
	from g000
	alias "infrastructure as code" iac "infra as code" "infrastructure automation"
	use roles

skill terraform "Terraform"
	category cicd
	stage mid
	weight 0
	from g000
	alias terraform "hashicorp terraform" "terraform modules"
	# "TerraForm Community Gardens": land, not infrastructure
	veto-after ^\s+(?:community\s+gardens?|gardens?|landscap\w*|farms?)\b
	use roles
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
	cue-before \b(?:sql|relational|nosql|graph|document|time\s*-?\s*series|vector|production|transactional|oltp|olap|primary|replica|sharded|operational|distributed|embedded|in\s*-?\s*memory)\s+$
	cue-before \b(?:tuned|tuning|optimi[sz]ed|optimi[sz]ing|sharded|sharding|indexed|normali[sz]ed|denormali[sz]ed|replicated|partitioned|queried|querying|migrated|migrating)\s+(?:the\s+|our\s+|an?\s+)?$
	cue-after ^\s*(?:schemas?|queries|query|indexes|indices|migrations?|transactions?|tables?|servers?|clusters?|performance|tuning|layer|connections?|connection\s+pool\w*|replicas?|shards?|locks?|deadlocks?|triggers?|engines?)\b
	veto-before \b(?:client|customer|donor|member|membership|patient|student|contact|contacts|mailing|vendor|supplier|inventory|excel|access|crm|volunteer|alumni|parent|employee|sales|marketing|recipe|applicant|candidate|study|trial)\s+$
	# a product: "Oracle DB" names Oracle
	veto-before \b(?:oracle|ibm|sybase|couch|level|rocks|duck|influx|cockroach|arango|surreal|h2)\s+$
	veto-after ^\s*(?:of\s+(?:clients|customers|donors|members|patients|students|contacts|vendors|suppliers|volunteers|alumni|parents|employees|recipes)|entry|entries)\b
	# "85 dB"
	veto-before \d\s*$
	use trades

skill sql "SQL"
	category database
	stage junior
	weight 4
	from g000 g002 g004
	alias sql "structured query language" "t sql"
	use roles
	implies database-fundamentals

skill postgresql "PostgreSQL"
	category database
	stage junior
	weight 0
	from g000 g001 g003 g004
	alias postgresql postgres psql "postgre sql" postgre pgsql
	# "PG 16", "PG15": a version makes it Postgres; a bare "PG" needs context
	pattern pg\s?(?:9\.\d|1\d)(?:\.\d+)?
	ambiguous pg
	# a postgraduate "PG diploma", a "PG-13" film
	# (a line rule: the skill's vetoes hold for all its spellings, and a
	# "PostgreSQL course" is still PostgreSQL)
	veto-line \bpg\s*(?:diplomas?|degrees?|certificates?|programmes?|programs?|courses?|students?|scholars?|level|admissions?|rated|ratings?)\b|\brated\s+pg\b
	use roles
	implies sql database-fundamentals

skill mysql "MySQL"
	category database
	stage junior
	weight 0
	from g004
	alias mysql "my sql"
	use roles
	implies sql database-fundamentals

# "Relational databases" without a product still meets the requirement.
skill rdbms "Relational databases"
	category database
	stage junior
	weight 0
	from g004
	alias rdbms "relational databases" "relational database" "relational dbs"
	implies sql database-fundamentals

group relational-database "A relational database (PostgreSQL, MySQL, SQL Server or another)"
	stage junior
	weight 5
	from g000 g001 g003 g004
	members postgresql mysql rdbms
	members-kind database-relational

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
	use roles
	implies database-fundamentals

skill dynamodb "DynamoDB"
	category database
	stage mid
	weight 0
	from g000 g004
	alias dynamodb "dynamo db" "amazon dynamodb"
	ambiguous dynamo
	use roles
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
	members-kind database-nosql

# g003 lists Redis among senior skills and g001 mentions a Redis cluster;
# it sits at mid with caching, where backend work usually meets it first.
skill redis "Redis"
	category database
	stage mid
	weight 3
	from g001 g003
	# "Redis cache" is Redis and caching: no spelling swallows the cache
	alias redis "redis cluster" "redis sentinel"
	use roles

skill query-optimization "Query optimization"
	category database
	stage mid
	weight 4
	from g000 g001 g002 g004
	# "optimizing its queries", "tuned the slowest queries", "cut query latency"
	pattern (?:optimi[sz](?:e|ed|es|ing)|tun(?:e|ed|ing))\s+(?:(?:its|the|our|their|slow|slowest|expensive|heavy|sql|database|db|n\s*\+\s*1|hot|critical|\d+)\s+){1,3}quer(?:y|ies)\b
	pattern (?:cut|reduc(?:e|ed|ing)|lower(?:ed|ing)?|halv(?:e|ed|ing)|improv(?:e|ed|ing))\s+(?:(?:the|our|p9\d|p50|median|average)\s+)*quer(?:y|ies)\s+(?:latency|latencies|times?|performance)\b
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
	veto-before \b(?:book|back\s+of\s+book|library|archival|document|documents|legal|subject|inflation|wage|salary|price|cost|record|records|search|dual|unique\s+dual|sample|barcode)\s+$
	# "composite indexes", "GIN indexes"
	cue-before \b(?:composite|compound|secondary|partial|covering|gin|gist|brin|btree|b\s*-?\s*tree|hash|unique|clustered|non\s*-?\s*clustered|missing|unused|table|column|sql|postgres(?:ql)?|mysql|mongodb|database|db)\s+$
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
	alias "django migrations" "rails migrations" "alembic migrations" "flyway migrations" "liquibase migrations"
	alias "knex migrations" "prisma migrations" "sequelize migrations" "ef migrations" "ef core migrations"
	# "migrations" on a database line: "22 migrations" from Oracle to
	# PostgreSQL, "the PostgreSQL migration from MySQL", "migrations on
	# tables with millions of rows"; elsewhere a migration is a move to the
	# cloud, to microservices, to Python 3
	ambiguous migrations migration
	veto-line ^(?!.*\b(?:databases?|db|dbs|schemas?|tables?|rows|sql|postgres\w*|mysql|oracle|mongo\w*|django|rails|alembic|flyway|liquibase|prisma|knex|sequelize|dynamodb|aurora|cassandra|sqlite|mariadb|data\s+models?)\b)
	veto-line (?<!database\s)(?<!schema\s)(?<!db\s)\bmigrations?\s+(?:from\s+(?:a|the|our)\s+(?:[\w-]+\s+)?monolith|(?:of\s+(?:\d+\s+)?(?:[\w-]+\s+){0,2}(?:services|apps|applications|workloads|servers|vms|sites)\s+)?to\s+(?:the\s+)?(?:cloud|aws|gcp|azure|kubernetes|k8s|microservices|eks|gke|aks|serverless|containers|python\s*3))\b
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
	# "the bookings API", "the playback APIs"
	cue-before \b(?:the|our|its|their)\s+[\w-]+\s+$
	cue-after ^\s*(?:changes?|contracts?|clients?|gateways?|versions?|versioning|docs|documentation|integrations?|design)\b
	veto-before \b(?:pharmaceutical|drug|pharma|generic|oil|petroleum|gas)\s+$
	# an API key is a credential; "API penetration tests" test security;
	# "SLOs for the meetings API" operate an API someone else builds
	veto-after ^\s*(?:keys?\b|(?:and\s+[\w-]+\s+)?(?:penetration|pen|security)\s+test)
	veto-before \b(?:slos?|slas?|error\s+budgets?|uptime|availability|on\s*-?\s*call)\b.*\b(?:for|of|on)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}$
	veto-after ^\s*(?:manufacturing|synthesis|production|standards?|\d{1,4}\b|gravity|specifications?|certif\w*|monogram|inspector|inspections?|vessels?|tanks?|pipe|piping|valves?|wells?|plant|compounds?|formulation|intermediates)\b
	use roles trades

skill rest-api "REST APIs"
	category api
	stage junior
	weight 5
	from g000 g001 g003 g004
	alias "rest api" "rest apis" "restful api" "restful apis" "restful services" "restful service" "restful web services" "rest services"
	alias "rest endpoints" "rest based" "rest architecture" "representational state transfer"
	ambiguous rest restful
	veto-before \b(?:bed|day|days|of\s+the|good|adequate|proper|enough|sleep\s+and)\s+$
	# "for rest", "at rest", but not "for REST APIs"
	veto-line \b(?:for|at)\s+rest\b(?!\s*(?:/|-)?\s*(?:apis?|endpoints?|services?|ful|based|architecture|calls?|interfaces?|and\s+(?:graphql|grpc|soap)))
	veto-after ^\s*(?:of|and\s+(?:recovery|relaxation|sleep)|periods?|breaks?|stops?|days?|home|homes|area|areas|assured|sleep|night|nights|environment|atmosphere|space|retreat|stay|room|rooms)\b
	implies api-development

skill crud "CRUD operations"
	category api
	stage junior
	weight 2
	from g000 g004
	# a "CRUD app", "CRUD operations"; crud is also grime
	ambiguous crud
	cue-after ^\s*(?:apps?|applications?|apis?|operations|endpoints?|services?|screens?|forms?|interfaces?|ui|layer|functionality|backend|admin)\b
	veto-before \b(?:of|free\s+of|the|any|no|remov(?:e|ed|ing)|clean(?:ed|ing)?|scrub(?:bed|bing)?|wipe|wiped)\s+$

skill graphql "GraphQL"
	category api
	stage mid
	weight 4
	from g000 g001 g004
	alias graphql "graph ql"
	use roles
	implies api-development

skill api-design "API design"
	category api
	stage mid
	weight 4
	from g000 g002 g004
	alias "api design" "designing apis" "api first" "api first design" "api versioning" "api architecture"
	alias "application programming interface design" "api design guidelines"
	# "the API contract with the mobile team": the API names API
	# development, the contract its design
	pattern (?<=\bapi\s)contracts?
	# "Designed the product search API", "designed REST and gRPC APIs": the
	# verb names the design; the API itself is left to API development
	pattern design(?:ed|ing|s)?(?=\s+(?:(?:the|our|a|an|its|their|new|public|internal)\s+)?(?:[\w/-]+\s+){0,3}apis?\b)
	implies api-development

skill third-party-integration "Third-party integrations"
	category api
	stage mid
	weight 3
	from g000 g001 g004
	alias "third party integrations" "third party integration" "third party apis" "third party api" "third party services"
	alias "api integrations" "api integration" "system integrations" "systems integration" "service integration" webhooks webhook
	ambiguous integration integrations "system integration"
	# "third-party SMS API", "payment-provider integrations"
	pattern third\s?-?\s?party\s+(?:[\w-]+\s+){1,2}apis?\b
	# "integrations with third-party EHR vendors"
	cue-after ^\s*(?:with|between|to)\s+(?:the\s+|our\s+)?(?:third\s*-?\s*party|external|partner|vendor|[\w-]+\s+(?:apis?|systems|services|platforms|vendors))\b
	cue-before \b(?:payments?|providers?|carriers?|vendors?|partners?|crm|erp|billing|shipping|saas|stripe|paypal|salesforce|hubspot|slack|ehr|emr|oauth|sso|api)\s+$
	veto-before \b(?:sensory|social|community|cultural|racial|school|classroom|curriculum|arts|family|vertical|horizontal|merger|acquisition|european|regional|economic|academic|trauma|post\s*-?\s*merger|sensorimotor)\s+$
	veto-after ^\s*(?:of\s+(?:students|families|refugees|immigrants|newcomers|acquired|acquisitions|curricul\w*|arts|technology\s+in\s+the\s+classroom|the\s+acquired)|services\s+for)\b
	use trades

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
	# GitHub and pull requests imply Git, they do not name it: a GitHub
	# link or "GitHub stars" is no claim of Git
	alias git gitflow "git flow" "version control systems"
	# SOPs and policy documents are under version control too
	ambiguous "version control" "source control"
	veto-after ^\s*(?:of|for)\s+(?:the\s+|our\s+|all\s+)?(?:[\w'-]+\s+)?(?:sops?|policies|policy|documents?|procedures|records|forms|manuals?|drawings|contracts|protocols?)\b
	# "version control (SVN, ClearCase)": another system, not Git, unless
	# the line names Git too
	veto-line ^(?!.*\bgit\b).*\b(?:svn|subversion|clearcase|mercurial|perforce|tfs|tfvc|cvs|vss|sourcesafe|pvcs|starteam)\b

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
	use trades

skill continuous-integration "Continuous integration"
	category cicd
	stage mid
	weight 4
	from g000 g002 g004
	alias "continuous integration" "ci pipelines" "ci pipeline" "ci builds"
	# In the other languages resumes are written in.
	alias "intégration continue" "integración continua" "kontinuierliche integration" "integração contínua" "integrazione continua" "continue integratie"
	# CI is also "continuous improvement" and "confidence interval"
	ambiguous ci
	# "CI build times", "CI jobs", "a CI runner"
	cue-after ^\s*(?:builds?|jobs?|runs?|runners?|checks?|config|configuration|workflows?|servers?|failures?)\b
	veto-after ^\s*(?:\d|of\s+\d|=|for\s+the\s+mean|interval|process|program|programs|projects?|initiatives?|lead|manager|specialist|kaizen|lean)\b
	veto-before \b(?:lean|kaizen|95%|99%|90%)\s+$
	# products: "GitLab CI", "Bitrise CI", "Travis CI" (but "GitLab CI
	# pipelines" are CI pipelines)
	veto-line \b(?:gitlab|bitrise|circle|travis|buildkite|woodpecker|semaphore|drone|appveyor|codemagic)\s+ci\b(?!\s*(?:/|-)?\s*(?:pipelines?|builds?|jobs?|runners?|config))
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
	# "Argo CD" is a product
	veto-before \bargo\s+$
	veto-after ^\s*(?:rates?|players?|roms?|rom|dvd|covers?|sales|accounts?|ladders?|and\s+dvd|releases?|albums?|recordings?)\b
	implies deployment

skill ci-cd "CI/CD"
	category cicd
	stage mid
	weight 0
	from g000 g004
	alias ci/cd "ci cd" cicd "deployment pipelines" "deployment pipeline" "release pipelines" "build and deployment pipelines"
	# crews build pipelines too
	ambiguous "build pipelines" "build pipeline"
	use roles
	implies continuous-integration continuous-delivery deployment

skill github-actions "GitHub Actions"
	category cicd
	stage mid
	weight 0
	from g000
	alias "github actions" "gh actions" "github workflows" "github action" "github workflow"
	use roles
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
	# "alerting that means something", "Azure Monitor alerting"; alerting
	# a person is the other sense (see the vetoes)
	alias alerting
	ambiguous monitoring apm
	# "crash monitoring", "uptime monitoring"
	cue-before \b(?:crash|error|uptime|synthetic|log|real\s+user|endpoint|security|network|siem|24\s*/\s*7)\s+$
	veto-before \b(?:patient|patients|vital\s+signs?|vitals|cardiac|heart|fetal|foetal|glucose|blood|hemodynamic|haemodynamic|telemetry|student|students|progress|compliance|budget|budgets|inventory|environmental|water|air|quality|safety|wildlife|child|children|behaviou?r|behavioral|academic|classroom|contract|grant|financial|sales|employee|staff|medication|symptom|weight|health|baby|infant|camera|cctv|alarm|food|temperature|fire|remote\s+patient|ekg|ecg|neuro|spending|credit|call|quality\s+assurance|drug|therapeutic|sponsor|remote\s+site)\s+$
	veto-after ^\s*(?:of\s+(?:patients?|students?|vital|progress|inventory|budgets?|compliance|children|residents|clients|stock|expenses|sales|spending|attendance|food|temperatures?|blood|fetal|wildlife|staff|employees|calls|medications?|symptoms)|patients?|students?|vital|progress|compliance|and\s+evaluation|&\s*evaluation|supervisors?|managers?|staff|nurses?|physicians?|doctors?|authorities|police|the\s+charge\s+nurse)\b
	# alerting a person: "alerting the charge nurse", "alerting staff to hazards"
	veto-after ^\s*(?:the\s+|our\s+|a\s+|an\s+|all\s+)?(?:staff|supervisors?|managers?|management|leadership|authorities|police|security|nurses?|teachers?|physicians?|doctors?|famil(?:y|ies)|parents|guests|residents|customers|clients|drivers|crews?|public|neighbou?rs|charge\s+nurse|team\s+members|colleagues)\b
	veto-after ^\s*of\s+(?:the\s+)?(?:premises|building|site|property|grounds|lobby|perimeter)\b
	use roles trades

skill logging "Logging"
	category observability
	stage mid
	weight 2
	from g000 g002
	alias "centralized logging" "centralised logging" "structured logging" "application logging" "log aggregation" "log analysis" "audit logging"
	# timesheets and call centres manage logs too
	ambiguous "log management"
	# timber logging, logging calls and hours
	ambiguous logging
	veto-before \b(?:timber|forest|forestry|selective|illegal|clear|commercial|tree)\s+$
	veto-after ^\s*(?:trucks?|operations?|industry|camp|company|crew|roads?|equipment|of\s+(?:hours|calls|time|patient|data\s+entries|shipments|deliveries|incidents|visitors)|hours|calls|time|patient|shipments|deliveries|visitors?|phone|incidents|work\s+orders)\b
	use roles trades

skill observability "Observability"
	category observability
	stage senior
	weight 3
	from g000 g002
	alias observability "service observability" o11y "observability stack" "observability tooling"
	# "Stackwise (observability SaaS)": the employer's market, not a skill
	veto-after ^\s*(?:saas|company|companies|vendors?|startups?|firms?|providers?|market|space|industry)\b
	use roles
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
	# "traces its roots to", "tracing their history"
	veto-after ^\s+(?:its|their|his|her|our|my|back)\b
	implies observability monitoring

skill datadog "Datadog"
	category observability
	stage senior
	weight 0
	from g000
	alias datadog "datadog apm"
	use roles
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
	use roles
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
	alias "single sign on" rbac "role based access control" iam "identity and access management" 2fa "multi factor authentication" "two factor authentication"
	# art and document authentication; insurance "prior authorization";
	# an MFA is also a Master of Fine Arts, an SSO a Site Security Officer
	ambiguous authentication authorization "access control" auth mfa sso
	# "Enforced MFA for admin accounts", "SSO for the admin console"
	cue-before \b(?:enforc(?:e|ed|ing)|enabl(?:e|ed|ing)|roll(?:ed)?\s+out|requir(?:e|ed|ing)|set\s+up|deploy(?:ed|ing)?|implement(?:ed|ing)?|add(?:ed|ing)?|introduc(?:e|ed|ing)|integrat(?:e|ed|ing))\s+$
	cue-after ^\s*(?:for|on)\s+(?:\w+\s+){0,3}(?:accounts?|logins?|users|admins?|vpn|ssh|consoles?|portals?|apps?|applications?|services)\b
	# "Site Security Officer (SSO)"; "Firebase (Auth, FCM)" is a product
	veto-before \b(?:officer|officers|supervisor)\s*[(,]?\s*$
	veto-before \bfirebase\s*\(?\s*$
	# "token-based authentication", "MFA to the login flow"
	cue-before \b(?:token|jwt|cookie|certificate|password|passwordless|bearer|oauth|saml|ldap|oidc)\s*-?\s*(?:based\s+)?$
	cue-after ^\s*(?:flows?|middleware|tokens?|totp|webauthn|saml|oidc|openid|ldap|sso|scopes?|headers?)\b
	cue-after ^\s*(?:to|for|on|in)\s+(?:the\s+|our\s+|all\s+|every\s+)?(?:login|logins|log\s*-?\s*in|sign\s*-?\s*ins?|sign\s*-?\s*on|endpoints?|admin\s+(?:panel|console|api))\b
	veto-before \b(?:art|artwork|document|documents|signature|handwriting|prior|insurance|treatment|payment|credit\s+card|physical|building|door|badge|fine\s+arts?)\s+$
	# payments: "card authorization", "pre-authorization holds"
	veto-before \b(?:card|cards|debit|transaction|transactions|merchant|pre|issuer)\s*-?\s*$
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
	use roles trades

skill secure-coding "Secure coding"
	category security
	stage senior
	weight 2
	from g002
	# "secure code review" is secure coding and code review: the pattern
	# takes "secure" and leaves "code review" to its skill
	pattern secure(?=\s+code\s+reviews?\b)
	pattern secure\s+code(?!\s+reviews?\b)
	alias "secure coding" "secure coding practices" "secure development" "secure software development" "secure sdlc" "secure error handling" owasp
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
	veto-before \b(?:landscape|interior|residential|commercial|building|urban|civil|sustainable|naval|historic|historical|gothic|modern|classical|colonial|religious|church|vernacular|green|degree\s+in|bachelor\s+of|master\s+of|studied|school\s+of|historic|district'?s?|city'?s?|town'?s?|county'?s?|village'?s?|municipal|heritage|preservation)\s+$
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
	# scaling a team: "grew it from 3 by scaling the team"
	veto-line \b(?:headcount|grew\s+(?:it|the\s+team|the\s+org\w*|engineering)|team\s+of\s+\d+)\b
	use trades

skill event-driven-architecture "Event-driven architecture"
	category architecture
	stage senior
	weight 2
	from g000 g003
	alias "event driven architecture" "event driven architectures" "event driven" "event driven systems" "event driven design" "message driven" "event based architecture"
	# In the other languages resumes are written in.
	alias "architecture événementielle" "ereignisgesteuerte architektur" "arquitectura orientada a eventos" "arquitecturas orientadas a eventos" "arquitetura orientada a eventos"

skill caching "Caching"
	category architecture
	stage mid
	weight 2
	from g002
	alias "caching strategies" "caching strategy" "caching layer" "caching layers" "cache invalidation" "distributed caching" "distributed cache"
	alias "in memory caching" "in memory cache" "application caching" "http caching" "cdn caching"
	ambiguous caching cache
	# "cache hit ratio", "HTTP caching", "a read-through cache"
	cue-before \b(?:redis|memcached|varnish|http|cdn|edge|response|query|result|application|in\s*-?\s*memory|distributed|read\s*-?\s*through|write\s*-?\s*through|write\s*-?\s*back|lru|local|shared|tiered|fragment|page|object|api|client|service\s*-?\s*worker|worker|disk|memoization)\s+$
	cue-after ^\s*(?:hits?|miss(?:es)?|invalidation|layers?|keys?|ttls?|eviction|warming|headers?|stampedes?|servers?|tiers?)\b
	# a cache of supplies
	veto-before \b(?:arms|weapons?|ammunition|hidden|secret|food|seed|geo)\s+$
	veto-after ^\s*(?:of\s+(?:food|seeds|supplies|weapons|arms|documents|letters)|behaviou?rs?)\b
	# birds cache food: "caching behaviour in Steller's jays"
	veto-before \b(?:jays?|birds?|squirrels?|nutcrackers?|chickadees?)\b.*$

skill background-jobs "Background jobs"
	category architecture
	stage mid
	weight 1
	from g002
	alias "background jobs" "background job" "background processing" "background workers" "job queues" "job queue" "task queues" "task queue"
	# In the other languages resumes are written in.
	alias hintergrundjobs "tâches de fond" "trabajos en segundo plano"
	alias "async jobs" "asynchronous jobs" "asynchronous processing" "async processing" "worker queues" "cron jobs" "batch jobs"
	# electricians and HVAC technicians schedule jobs too
	ambiguous "scheduled jobs" "scheduled job"

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
	# In the other languages resumes are written in.
	alias "systèmes distribués" "verteilte systeme" "verteilten systemen" "sistemas distribuidos" "sistemas distribuídos" "sistemi distribuiti" "gedistribueerde systemen"

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
	# a school "leader election", a party "leader election"
	veto-before \b(?:fall|spring|autumn|annual|student|class|council|school|club|union|party|board|general)\s+$
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
	alias "event streaming" "stream processing" "streaming data" "data streaming" "real time data processing" "real time streaming"
	alias "message queue" "message queues" "message queuing" "message queueing" "message broker" "message brokers" "messaging systems"
	alias pub/sub pubsub publish/subscribe "publish subscribe" "streaming platform" "streaming platforms"
	# "RabbitMQ for messaging", "the order events stream on SQS/SNS", an
	# "event bus" (and a customer "event bus tour")
	ambiguous streaming messaging stream streams "event bus"
	cue-before \b(?:events?|change|cdc|kafka|kinesis|redis|nats|pulsar)\W{0,2}\s+$
	cue-after ^\s+on\s+(?:sqs|sns|kinesis|kafka|pub\s*/\s*sub|pubsub|rabbitmq|nats|pulsar)\b
	# "brand messaging", "a revenue stream", "the Gulf Stream"
	veto-line \b(?:brand|marketing|campaign|key|product|text|instant|sms|secure|core|social\s+media|consistent|positioning|patient)\s+messaging\b|\b(?:revenue|income|value|work|live|video|audio|blood|trout|mountain|gulf|jet|main)\s*-?\s*streams?\b
	# chat is messaging too: "in-app messaging", "push messaging"
	veto-line \b(?:in\s*-?\s*app|chat|push|direct|group|user|email|whatsapp|slack|two\s*-?\s*way)\s+messaging\b
	veto-after ^\s*(?:and\s+positioning|strategy|guidelines|frameworks?|pillars?|of\s+(?:consciousness|revenue|income|customers|visitors|water)|tours?|tickets?)\b
	# video streaming, live streaming
	veto-before \b(?:video|live|music|audio|netflix|twitch|movie|tv|game|gaming|content)\s+$
	veto-after ^\s*(?:services?|platforms?\s+like\s+(?:netflix|spotify|hulu)|video|music|movies|shows|content|on\s+(?:twitch|youtube))\b
	use roles

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
	use roles

group message-streaming "Event streaming (Kafka or equivalent)"
	stage senior
	weight 3
	from g000 g003
	members kafka gcp-pubsub event-streaming
	members-tag event-streaming

skill multi-region "Multi-region architecture"
	category distributed
	stage senior
	weight 2
	from g003
	alias "multi region deployments" "multi region deployment" "multi region architecture" "multi region infrastructure" "multi region failover"
	alias "multi region systems" "multi region services" multiregion "active active" "cross region replication" "cross region failover" "geo redundancy" "geo redundant"
	# a multi-region sales manager
	ambiguous "multi region" "cross region"
	# "the multi-region origin failover", "multi-region Postgres"
	cue-after ^\s*(?:origin|active|failover|fail\s*-?\s*over|infrastructure|deployments?|architecture|clusters?|replication|setups?|databases?|storage|ledger|services?|systems?|postgres\w*|cockroach\w*|kafka|traffic|routing|dns|cdn|latency|availability|resilience|disaster|backups?|writes|reads)\b
	veto-after ^\s*(?:sales|accounts?|territor(?:y|ies)|teams?|managers?|directors?|retail|stores|offices|operations|marketing|campaigns?|distribution|franchise)\b

skill high-availability "High availability"
	category distributed
	stage senior
	weight 4
	from g000 g001 g003 g004
	alias "high availability" "highly available" "disaster recovery planning"
	# generators fail over, operating rooms run with zero downtime
	ambiguous "fault tolerance" "fault tolerant" failover "fail over" "zero downtime"
	pattern 9\d(?:\.\d+)?\s?%\s?(?:uptime|availability)
	# emergency management has "disaster recovery" too
	ambiguous "disaster recovery"
	# "failover between data centres", "zero-downtime migrations", "database failover"
	cue-before \b(?:database|db|redis|postgres\w*|mysql|kafka|cluster|region|regional|dns|automatic|automated|multi\s*-?\s*region)\s+$
	cue-after ^\s*(?:between|across)\s+(?:\w+\s+){0,2}(?:data\s*cent(?:er|re)s|regions?|zones?|clusters?|nodes|replicas|databases?|sites)\b
	cue-after ^\s*(?:deploy\w*|releases?|migrations?|cut\s*-?\s*overs?|upgrades?|schema)\b
	veto-after ^\s*(?:backup\s+)?(?:generators?|power|ups|transfer\s+switch(?:es)?|electrical|for\s+the\s+(?:operating|surgical|patients?))\b
	veto-line \b(?:generators?|transfer\s+switch(?:es)?|switchgear|air\s+handlers?|hvac|chillers?|boilers?|elevators?|operating\s+rooms?|power\s+plants?)\b
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
	# engines are tuned too (see the vetoes, which hold for every spelling);
	# criminals and customers are profiled
	alias "performance tuning"
	ambiguous profiling
	# "CPU profiling", "heap profiling"
	cue-before \b(?:cpu|memory|heap|allocation|code|query|continuous|runtime)\s+$
	veto-before \b(?:engine|vehicle|car|auto|automotive|ecu|criminal|offender|racial|customer|client|donor|psychological|behaviou?ral|personality|risk|financial|credit|demographic|market|soil|geological|flavou?r|taste|aroma|protein|gene|genetic|expression|metabolic|student|dna)\s+$
	veto-after ^\s*(?:of\s+(?:customers|clients|donors|offenders|suspects|students|candidates|patients)|of\s+(?:[\w-]+\s+)?(?:vehicles|engines|cars|trucks|boats|motors|motorcycles|fleets?)|customers|clients|donors|suspects)\b

skill performance-testing "Performance and load testing"
	category reliability
	stage mid
	weight 3
	from g002 g004
	alias "performance testing" "performance tests" "load and performance testing" "capacity testing" "soak testing" "api load testing"
	# cranes are load tested, banks and hearts are stress tested
	ambiguous "load testing" "load tests" "load test" "stress testing" benchmarking benchmarks
	# "the capacity review and load tests", "load testing with synthetic
	# viewers", "latency benchmarks"
	cue-line \b(?:capacity|traffic|requests|rps|qps|latency|throughput|p9\d|concurrent\s+users|synthetic\s+(?:users|viewers|traffic|load|clients))\b
	veto-before \b(?:industry|salary|compensation|academic|reading|math|student|state|national|pay|price|pricing)\s+$
	# generators, cranes and bridges are load tested
	veto-line \b(?:generators?|load\s+banks?|cranes?|hoists?|rigging|forklifts?|elevators?|bridges?|piles?|scaffold\w*|pumps?|turbines?|boilers?|chillers?|structural|beams?|foundations?)\b
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
	# a fire ground has an incident commander too
	ambiguous "incident response" "incident management" incidents "incident commander" "incident calls"
	cue-line \b(?:alerts?|alerting|pages|paging|pager|outages?|sev\s*-?\s*\d|slos?|deploys?|production|postmortems?|runbooks?|siem|soc)\b
	veto-before \b(?:emergency|fire|ems|police|patient|safety|workplace|hazmat|medical|hospital|school|student|traffic|critical|behaviou?ral|serious)\s+$
	veto-after ^\s*(?:reports?|forms?|at\s+the\s+(?:scene|site|school|hospital)|to\s+(?:patients|fires|emergencies|calls)|involving\s+(?:students|patients|residents|guests|customers|staff)|teams?\s+for\s+(?:fires|emergencies))\b
	use trades

skill postmortems "Postmortems"
	category reliability
	stage senior
	weight 3
	from g001 g003
	leadership
	alias "blameless postmortems" "blameless postmortem" "incident postmortems" "incident postmortem" "incident retrospectives" "incident retrospective"
	alias "post incident reviews" "post incident review"
	# wards and depots review incidents too
	ambiguous "incident reviews" "incident review"
	# a post-mortem is also an autopsy
	ambiguous postmortem postmortems "post mortem" "post mortems" "root cause analysis" rca rcas
	# "the postmortem for the Kafka outage", "RCAs for API outages"; not
	# for a power cut or an incident on the shop floor
	cue-after ^\s*(?:for|of|on|after|following)\s+(?:(?:the|an?|our|every|each|all|major|recurring|customer\s*-?\s*facing)\s+)*(?:[\w.-]+\s+){0,3}?(?<!power\s)(?<!storm\s)(?<!electrical\s)(?<!grid\s)(?<!utility\s)(?:outages?|incidents?|sev\s*-?\s*\d|data\s+loss)\b
	veto-before \b(?:forensic|autopsy|pathology|medical|human|animal|veterinary|equine)\s+$
	veto-after ^\s*(?:examinations?|exams?|interval|findings|changes|care|tissue|specimens?|samples?|identification|lividity|of\s+(?:the\s+)?(?:body|bodies|remains|animals?|patients?))\b
	# "blameless incident reviews"
	cue-before \bblameless\s+$
	# "postmortems for my service", "RCAs for API outages"
	cue-after ^\s*(?:for|of|on)\s+(?:my|our|the|each|every|all)\s+(?:[\w-]+\s+)?(?:services?|systems?|apis?|platforms?|releases?|deploys?|deployments?|incidents?)\b
	# a safety incident review panel for falls and near misses
	veto-before \b(?:safety|patient|clinical|workplace|hr|police|use\s+of\s+force|medication|falls?)\s+$
	veto-after ^\s*(?:panels?|boards?|committees?)\b
	veto-line \b(?:falls|medication|near\s+miss(?:es)?|adverse\s+events?|injur(?:y|ies)|osha)\b
	use trades
	implies incident-response

skill on-call "On-call"
	category reliability
	stage senior
	weight 2
	from g003
	leadership
	alias oncall "production on call" "on call engineer" "on call engineering" "sre on call" "pager rotation"
	# In the other languages resumes are written in.
	alias astreinte astreintes rufbereitschaft
	alias "on call rotation" "on call rotations" "on call rota" "on call rotas" "on call pager" "on call handbook" "on call handover"
	# "still carry a pager once a month"
	pattern carr(?:y|ies|ied|ying)\s+(?:a|the)\s+pager
	# nurses, doctors and repair crews are on call too
	ambiguous "on call"
	cue-line \b(?:alerts?|alerting|pages|paging|outages?|incidents?|sev\s*-?\s*\d|slos?|deploys?|production|runbooks?|sre|devops)\b
	veto-before \b(?:nurse|nursing|physician|doctor|resident|maintenance|hospital|medical|surgical|clinical|obstetric|veterinary|pharmacy|social\s+work)\s+$
	veto-after ^\s*(?:nurse|nurses|nursing|physician|physicians|doctor|doctors|surgeon|pharmacist|for\s+(?:patients|emergencies|the\s+unit|the\s+ward|maintenance|deliveries|repairs|the\s+clinic|the\s+hospital|surgery)|coverage\s+for\s+(?:the\s+)?(?:unit|ward|floor|clinic|hospital))\b
	# "the on-call engineer" is someone else, unless one was it ("served
	# as the on-call engineer")
	veto-line (?<!\bas\s)(?<!\bwas\s)(?<!\bam\s)(?<!\bbecame\s)(?<!\bbeing\s)\bthe\s+on\s*-?\s*call\s+(?:engineers?|sres?|developers?|person|lead)\b
	use trades others care-and-trades

skill pagerduty "PagerDuty"
	category observability
	stage senior
	weight 0
	from g001
	alias pagerduty
	ambiguous "pager duty"
	# doctors and maintenance crews carry pagers: not on a line about them
	use care-and-trades
	implies on-call

skill chaos-engineering "Chaos engineering"
	category reliability
	stage senior
	weight 2
	from g003
	alias "chaos engineering" "chaos testing" "chaos experiments" "chaos experiment" "fault injection" "chaos monkey"
	# coaches run game-day exercises too
	ambiguous "game day exercises" "game day exercise" "game days"

skill reliability-ownership "System reliability ownership"
	category reliability
	stage lead
	weight 4
	from g001 g002 g003
	leadership
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
	# reliability as a value: "I care about boring reliability"
	veto-before \bcar(?:e|es|ed|ing)\s+about\s+[^\w\s]*(?:\w+[^\w\s]*\s+)?$
	use trades

skill cloud-cost-optimization "Cloud cost optimization"
	category reliability
	stage lead
	weight 3
	from g002 g003
	leadership
	alias "cloud cost optimization" "cloud cost optimisation" "cloud cost management" "cloud costs" "cloud cost" "infrastructure cost optimization" "infra cost" "infra costs" finops
	# "cut BigQuery spend by 38%", "a 40% cut in AWS spend", "the AWS bill"
	pattern (?:aws|gcp|azure|cloud|bigquery|snowflake|infra|infrastructure|hosting|compute|kubernetes|k8s|ec2|s3)\s+(?:spend|spending|bills?)\b
	# restaurants, projects and procurement control costs too
	# a city tracks infrastructure costs for roads and water mains
	ambiguous "cost optimization" "cost optimisation" "cost control" "cost reduction" "cost savings" "cost cleanups" "cost cleanup" "infrastructure costs"
	veto-after ^\s*for\s+(?:the\s+)?(?:water|roads?|bridges|broadband|capital|municipal|city|county|public|school|building|construction)\b
	veto-line \b(?:capital\s+projects?|municipal|bond\s+budgets?)\b
	# "$50K in cost savings": a sum saved says nothing of the cloud
	veto-before \d[\d,.]*\s*(?:k|m|mm|million|thousand)?\s+in\s+$
	# not on a line about buying, shipping or staffing
	veto-before \b(?:vendors?|suppliers?|procurement|purchasing|negotiat\w*|freight|shipping|logistics|labou?r|headcount|utilities|fuel)\b
	veto-after \b(?:vendors?|suppliers?|procurement|purchasing|negotiat\w*|freight|shipping|logistics|labou?r|headcount|utilities|fuel)\b
	veto-before \b(?:food|labou?r|beverage|menu|inventory|project|construction|procurement|supply\s+chain|vendor|payroll|operational|healthcare|medical|fuel|freight|energy|utility|travel|material|materials|kitchen|restaurant|store|retail|purchasing)\s+$
	veto-after ^\s*(?:for\s+(?:food|labou?r|menu|inventory|the\s+kitchen|the\s+restaurant|restaurants?|events?|construction|projects?|the\s+store|stores|vendors?|suppliers?)|of\s+(?:food|labou?r|menu|inventory|supplies|materials|construction|vendors?|suppliers?)|initiatives\s+for\s+(?:the\s+)?(?:kitchen|store|restaurant))\b
	use trades


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
	# In the other languages resumes are written in.
	alias "tests automatisés" "tests unitaires" "tests d'intégration" "unit-tests" testabdeckung "automatisierte tests" "pruebas unitarias" "pruebas automatizadas" "testes automatizados" "testes unitários" "test automatizzati" "geautomatiseerde tests"
	alias "test driven development" "software testing" "end to end testing" "e2e testing" "e2e tests" "testable code" "api testing" "contract testing"
	alias "regression testing" "test coverage" "behavior driven development"
	# test frameworks (pytest, JUnit, Jest, Mocha) are entries of the
	# catalogue that imply the practice the guides name
	alias "test suites" "test suite" tdd bdd
	# a TDD is also a telephone for the Deaf, and BDD a disorder: see the
	# vetoes, which hold for every spelling
	# blood, drug, soil and student testing
	ambiguous testing
	# statistics: "A/B testing, hypothesis testing" (and the "testing" left
	# alone at the start of a line when "A/B" ends the one before)
	veto-before \b(?:hypothesis|significance|statistical|a\s*/\s*b|ab|split|multivariate|usability|penetration|pen|backup|restore|pressure|leak|qpcr|pcr|mycoplasma|gfci|insulation|resistance)\s+$
	veto-after ^\s*(?:,|and|/)\s*(?:hypothesis|significance|statistical|a\s*/\s*b|multivariate)\s+test
	veto-after ^\s*/\s*(?:tty|tt)\b
	veto-before \b(?:ocd|anxiety|depression|eating\s+disorders?|ptsd|adhd)\s*(?:,|and|or|/)\s*$
	veto-after ^\s*(?:relay|phones?|devices?|machines?|services?\s+for\s+the\s+deaf)\b
	veto-before \b(?:house|iced|white|hot|caramel|cafe|café)\s+$
	veto-before \b(?:blood|urine|drug|covid|laboratory|lab|clinical|diagnostic|standardi[sz]ed|student|students|soil|water|food|hearing|vision|allergy|genetic|pregnancy|psychological|educational|academic|placement|hydrostatic|material|materials|concrete|emissions|product|taste|recipe|sample|samples|patient|std|hiv|dna|paternity|glucose|strep|antigen|pcr|rapid|point\s+of\s+care|field)\s+$
	veto-after ^\s*(?:of\s+(?:blood|samples?|patients?|students?|soil|water|food|specimens?|urine|recipes?|materials?|concrete|products)|and\s+(?:assessment|evaluation|grading)|blood|samples?|specimens?|students?|patients?|kits?|sites?|centers?|centres?|positive|negative|accommodations)\b
	use roles trades

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
	use trades

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
	veto-before \b(?:nursing|clinical|patient|medical|chart|charting|legal|immigration|shipping|customs|travel|financial|tax|hr|payroll|case|student|care|insurance|claims|epic|cerner|meditech|ehr|emr)\s+$
	veto-after ^\s*(?:of\s+(?:patient|patients|care|vital|medications?|incidents|student|students|progress|clients?|cases?|shipments|claims)|for\s+(?:patients|clients|students|claims|audits|customs|medicare|medicaid))\b
	use trades

skill code-review "Code review"
	category practice
	stage senior
	weight 4
	from g000 g001 g002 g004
	alias "code review" "code reviews" "code reviewing" "reviewing code" "reviewed code" "pull request reviews" "pr reviews" "peer code review" "peer code reviews"
	# In the other languages resumes are written in.
	alias "revue de code" "revues de code" codereviews codereview "revisión de código" "revisiones de código" "revisão de código" "revisione del codice"
	# "review most of the frontend pull requests", "review every iOS pull
	# request", "I still review code every week"
	pattern review(?:s|ed|ing)?\s+(?:(?:most|all|many|some|every|each|a\s+lot|lots)\s+(?:of\s+)?)?(?:(?:the|our|my|their|team's)\s+)?(?:[\w-]+\s+){0,2}?(?:pull\s+requests?|prs|merge\s+requests?|code|commits|diffs)\b

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
	alias "sprint planning"
	# truck dispatchers hold daily standups too
	ambiguous "daily standups" "daily stand ups" "stand up meetings" standups
	# an agile learner; a rugby scrum
	ambiguous agile scrum
	# "Scrum ceremonies", "an Agile team of eight"
	cue-after ^\s*(?:ceremonies|teams?|methodolog\w*|practices|process(?:es)?|framework|coach|sprints?|boards?|events|rituals|artifacts|principles|transformation|delivery|workflows?)\b
	veto-before \b(?:physically|mentally|rugby|set|the)\s+$
	veto-after ^\s*(?:learners?|mind|minded|thinker|and\s+(?:adaptable|flexible|quick|resourceful|resilient|energetic|fast)|team\s+player|problem\s+solver|worker|athlete|body|footwork|movement|fingers|half|halves|cap|machine|forwards?)\b
	use trades

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
	leadership
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
	leadership
	alias "architecture review" "architecture reviews" "architecture review board" "software architecture reviews" "technical design reviews" "technical design review"
	# product and building design reviews
	ambiguous "design reviews" "design review"
	veto-before \b(?:product|building|construction|graphic|fashion|interior|landscape|engineering\s+drawing|mechanical|pcb|hardware)\s+$
	# a town's architecture review board judges buildings: "the historic
	# district's architecture review board"
	veto-before \b(?:historic|district'?s?|city'?s?|town'?s?|county'?s?|village'?s?|municipal|neighbou?rhood|zoning|planning|landmarks?|preservation|heritage)\s+$
	implies software-architecture

skill adr "Architecture decision records"
	category architecture
	stage senior
	weight 2
	from g003
	leadership
	alias "architecture decision records" "architecture decision record" "architectural decision records" "architectural decision record"
	# American Depositary Receipts
	# ADRs are also American Depositary Receipts; a court keeps decision
	# records too
	ambiguous adr adrs "decision records" "decision record"
	veto-before \b(?:court|legal|judicial|tribunal|case|medical|clinical|hr|disciplinary|board)\s+$
	veto-before \b(?:sponsored|unsponsored|level|listed|nyse|nasdaq)\s+$
	veto-after ^\s*(?:programs?|issuance|holders?|shares|listings?|ratio|filings?)\b
	# "wrote ADRs": receipts are issued, not written
	cue-before \b(?:wr(?:ote|ite|ites|iting|itten)|introduc(?:e|ed|ing)|adopt(?:ed|ing)?|maintain(?:ed|ing)?|review(?:ed|ing)?)\s+(?:\d+\+?\s+)?(?:the\s+|our\s+)?$
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
	leadership
	alias "mentoring engineers" "mentoring junior engineers" "mentoring junior developers" "mentoring developers" "mentored engineers" "mentored junior engineers"
	alias "mentored developers" "technical mentoring" "technical mentorship" "engineering mentorship"
	ambiguous mentoring mentorship mentored mentor mentors coaching
	# "mentored three junior developers", "Mentoring: two engineers", "mentor
	# six staff and senior engineers"; mentoring is the same skill in every
	# trade: "mentored eight new graduate nurses", "three commis chefs"
	cue-after ^\s*:?\s*(?:(?:program|programme|sessions?|circles?)\s+)?(?:(?:of|for|to)\s+)?(?:(?:a|an|the|our|my)\s+)?(?:(?:team|group|squad|pod|cohort)\s+of\s+)?(?:(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|multiple|many)\s+)?(?:[\w-]+\s+){0,3}?(?:engineers?|developers?|programmers?|interns?|teammates|team\s+members|hires|sres?|staff|nurses?|teachers?|chefs?|cooks|analysts?|apprentices?|students?|graduates|juniors|colleagues|peers|designers?|scientists?|testers?|architects?|leads|managers)\b
	# a count of people mentored: "mentored two junior marketers"
	cue-after ^\s*:?\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several)\s+[^\W\d]
	# "Mentor at Django Girls", "Mentor in the Society's architecture track"
	cue-after ^\s+(?:at|in|for|with|through)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,5}?(?:programs?|programmes?|tracks?|society|bootcamps?|girls|academy|meetups?|communit(?:y|ies)|clubs?|hackathons?|accelerators?|incubators?|fellowships?|initiatives?|schemes?)\b
	# "mentor texts" in a reading class, Mentor Graphics, Mentor (Ohio)
	veto-after ^\s+(?:graphics|texts?|sentences?)\b|^\s*,\s*(?:ohio|oh)\b
	# "promoted to senior under my mentorship"
	cue-before \bunder\s+(?:my|our)\s+$

skill technical-leadership "Technical team leadership"
	category leadership
	stage lead
	weight 5
	from g000 g001 g003 g004
	leadership
	alias "technical leadership" "tech leadership" "tech lead" "technical lead" "engineering lead" "lead engineer" "lead developer" "lead software engineer"
	alias "led engineering teams" "leading engineering teams" "engineering team lead" "engineering team leadership"
	# an engineering manager leads a team; several teams are
	# multi-team-leadership ("managed engineering managers")
	alias "engineering manager" "engineering management"
	# "Lead Backend Engineer", "Lead iOS developer": the pattern takes only
	# "lead", so "backend engineer" still names backend development
	pattern lead(?=\s+(?:backend|back\s*-?\s*end|frontend|front\s*-?\s*end|full\s*-?\s*stack|software|platform|ios|android|mobile|data|devops|sre|cloud|infrastructure|api|java|python|go|golang|node(?:\.js)?|ruby|rails|\.net|web|qa|test|security|ml|systems?|server)\s+(?:developer|engineer|programmer)s?\b)
	# "led 4 engineers", "manage one team of six backend engineers"
	pattern (?:led|lead|leads|leading|manag(?:e|ed|es|ing))(?=\s+(?:(?:a|one|the|my|our)\s+)?(?:(?:small\s+)?(?:[\w-]+\s+)?team\s+of\s+)?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|multiple|many)\s+(?:[\w-]+\s+){0,2}(?:engineers|developers|programmers)\b)
	ambiguous "team lead" "team leader" "team leadership" "led a team" "led teams" "leading teams" "oversaw teams"
	ambiguous "lead a team" "leading a team" "lead the team" "led the team" "lead teams"
	cue-after ^\s*(?:(?:of|for)\s+)?(?:(?:a|an|the|our|my)\s+)?(?:(?:team|group|squad|pod|cohort)\s+of\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|several|multiple|many)\s+)?(?:(?:junior|mid\s*-?\s*level|senior|new|other|fellow|backend|back\s*-?\s*end|software|platform|infrastructure|frontend|front\s*-?\s*end|mobile|data|sre|devops)\s+){0,2}(?:engineers|developers|engineering|programmers)\b
	use others trades

skill technical-standards "Technical standards"
	category leadership
	stage lead
	weight 2
	from g001 g004
	leadership
	alias "technical standards" "engineering standards" "coding standards" "engineering best practices" "development standards" "engineering guidelines"
	# In the other languages resumes are written in.
	alias "estándares de código" "normes de code" "coding-standards"
	# "the RSpec test suite standards", "testing standards"
	pattern (?<=\btest\ssuite\s)standards|(?<=\btesting\s)standards
	# electricians meet code standards; coders of medical claims follow
	# coding guidelines; writers keep style guides
	ambiguous "code standards" "coding guidelines" "style guide" "style guides"
	ambiguous "best practices"
	cue-before \b(?:swift|kotlin|java|python|go|golang|typescript|javascript|ruby|rust|c\+\+|c#|code|coding|engineering|api|sql|css|react|ios|android|frontend|backend|team's|our)\s+(?=style\s+guides?)
	veto-before \b(?:nec|building|electrical|fire|plumbing|health|dress|ethics|ethical|conduct|safety|iso|iec|nfpa|osha|icd\s*-?\s*\d+|cpt|hcpcs|medical|billing|diagnosis|diagnostic|procedure|clinical|brand|editorial|ap|chicago|house|writing|visual|design)\s+$
	use trades

skill technical-strategy "Technical strategy"
	category leadership
	stage lead
	weight 3
	from g000 g001 g004
	leadership
	alias "technical strategy" "tech strategy" "technology strategy" "technical roadmap" "technology roadmap" "tech roadmap" "engineering roadmap"
	# In the other languages resumes are written in.
	alias "hoja de ruta técnica" "feuille de route technique" "technische roadmap"
	alias "architecture roadmap" "technical direction" "technical vision" "technology vision" "technical decisions" "technology choices"
	alias "engineering strategy"
	# "own the roadmap for order routing"; not a product or a marketing
	# roadmap
	ambiguous roadmap roadmaps
	veto-before \b(?:product|marketing|sales|content|brand|campaign|career|curriculum|fundraising|growth|business|commercial)\s+$
	# delivering a roadmap is not setting it: "shipped the Q3 roadmap items"
	veto-after ^\s*(?:items?|features?|work|commitments?|deliverables?|tickets?|epics?|projects?)\b
	veto-before \b(?:deliver(?:ed|ing|s)?|shipp?(?:ed|ing|s)?|execut(?:ed|ing|es?)|implement(?:ed|ing|s)?|work(?:ed|ing)\s+on)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+)?$
	use trades

skill hiring "Technical hiring"
	category leadership
	stage lead
	weight 3
	from g003 g004
	leadership
	alias "technical hiring" "technical interviewing" "technical interviewer" "hiring panel" "hiring panels" "hiring loop" "hiring loops"
	alias "hiring committee" "engineering hiring" "interview loops" "interview loop" "hiring debriefs"
	# "technical interviews" alone may name a stage of someone's loop
	# ("recruiter screen, take-home, technical interviews")
	ambiguous "technical interviews" "technical interview"
	# recruiters and store managers hire too
	ambiguous hiring hired recruiting interviewing interviewed "interview panel" "interview panels"
	# "hired four engineers", "Hired and onboarded the team's first 8
	# engineers", "Interviewed 40+ candidates", "two hiring rounds I ran"
	cue-after ^\s*(?:and\s+(?:\w+\s+){1,2}?)?(?:(?:of|for)\s+)?(?:(?:a|an|the|our|my|the\s+team'?s?)\s+)?(?:(?:first|next|new|initial|core|founding)\s+)?(?:(?:team|group|squad|pod|cohort)\s+of\s+)?(?:(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|multiple|many)\s+)?(?:[\w+#-]+\s+){0,2}?(?:engineers|developers|programmers|engineering|sres|hires|architects|data\s+scientists)\b
	cue-after ^\s*(?:\d+\+?\s+|dozens\s+of\s+|hundreds\s+of\s+)?candidates\s+for\s+(?:the\s+|our\s+)?(?:[\w+#-]+\s+(?:and\s+|/\s*)?){0,3}?(?:engineering|software|backend|back\s*-?\s*end|frontend|developer|engineer|platform|data|sre|devops|c\+\+|java|python|go|technical)\b
	cue-after ^\s*(?:rounds?|loops?|process(?:es)?|plans?|bar|rubrics?|committees?|decisions?|pipelines?|panels?)\b
	# a recruiter hires too: "full-cycle hiring", "engineering hiring managers",
	# "recruiter screen", and a yearly count of hires ("hired 52 engineers in
	# 2024") is a recruiting measure, not a team lead's
	veto-before \b(?:full\s*-?\s*cycle|volume|high\s*-?\s*volume|agency|campus|seasonal|retail|executive|contract)\s+$
	veto-after ^\s*managers?\b
	# people hired who are not engineers: "hired and trained 4 interns",
	# "hired 12 baristas"
	veto-after ^\s+(?:and\s+\w+\s+)?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|many|new)\s+(?!candidates\b)(?!(?:[\w-]+\s+)?(?:engineers|developers|programmers|sres|architects|scientists|engineering\s+managers)\b)(?!(?:engineering|software|developer|data|backend|frontend|platform|sre|devops)\s+interns\b)
	# being hired: "hired as a junior developer", "hired into the platform team"
	veto-line \b(?:was|were|been|being|got|get|gets)\s+hired\b|\bhired\s+(?:as|into|by|onto)\b
	veto-after ^\s*(?:\d{2,}|dozens|hundreds)\s+(?:[\w-]+\s+){0,2}(?:engineers|developers|people|candidates|roles)\s+(?:in|per|a|each|every)\s+(?:\d{4}|year|quarter|month)\b
	veto-line \b(?:recruiters?|recruitment\s+coordinator|talent\s+acquisition|sourcers?|placements|applicants?|job\s+ads?)\b
	use others trades

skill cross-team-influence "Cross-team influence"
	category leadership
	stage principal
	weight 2
	from g003
	leadership
	alias "cross team influence" "technical influence" "cross team technical initiatives" "cross org initiatives" "cross organizational initiatives" "cross organisational initiatives"
	ambiguous "cross team initiatives" "cross team initiative" "cross functional initiatives" "influence without authority" "cross team alignment"
	# "Lead cross-team initiatives across 11 teams"
	cue-after ^\s*(?:across|spanning)\s+(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|multiple|many)\s+(?:[\w-]+\s+){0,2}?(?:teams|squads|orgs|organi[sz]ations|groups|departments|business\s+units)\b
	use trades

skill company-wide-strategy "Company-wide technical strategy"
	category leadership
	stage principal
	weight 2
	from g001 g004
	leadership
	alias "company wide tech stack" "company wide architecture"
	# "company-wide technical strategy" names both this and technical
	# strategy: the pattern takes "company-wide" and leaves the strategy
	pattern (?:company|organi[sz]ation|org|group)[\s-]?wide(?=\s+(?:technical|tech|technology|engineering)\s+strateg(?:y|ies)\b)
	ambiguous "company wide strategy"
	use trades

skill enterprise-architecture "Enterprise architecture"
	category architecture
	stage principal
	weight 1
	from g000
	leadership
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
	leadership
	# one engineering manager leads one team (technical-leadership);
	# managing engineering managers, or heading engineering, is several
	alias "engineering managers" "head of engineering" "director of engineering" "vp of engineering" "vp engineering"
	alias "multiple engineering teams" "multi team leadership" "managed engineering managers"
	ambiguous "led multiple teams" "leading multiple teams" "managed multiple teams" "multiple teams"
	cue-after ^\s*(?:of\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|several|multiple|many)\s+)?(?:(?:junior|mid\s*-?\s*level|senior|new|other|fellow|backend|back\s*-?\s*end|software|platform|infrastructure|frontend|front\s*-?\s*end|mobile|data|sre|devops)\s+){0,2}(?:engineers|developers|engineering)\b
	use others trades
	implies technical-leadership

skill technology-innovation "Technology innovation"
	category leadership
	stage principal
	weight 2
	from g001 g004
	leadership
	alias "technology innovation" "technical innovation" "tech innovation" "emerging tech" "technology radar" "tech radar" "technology evaluation" "evaluating new technologies"
	# teachers bring emerging technologies into the classroom
	ambiguous "emerging technologies" "emerging technology"
	veto-after ^\s*(?:in\s+(?:the\s+)?classrooms?|for\s+(?:students|teaching|learning|classrooms?|educators|instruction)|clubs?|society|camps?|week|fair|day|nights?)\b
	use trades

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
	# acts of communicating: "Speaker at PyCon", "I speak regularly at
	# meetups", "presented the plan to the board", "explaining trade-offs
	# to people who will live with them"
	alias "public speaking" "speaker at" "spoke at" "speak at" "speaks at" "speaking at" "talk at" "talks at" "keynote at"
	alias "presented at" "presenter at" "conference talk" "conference talks" "conference speaker"
	pattern speak(?:s|ing)?\s+(?:regularly|often|frequently)\s+at
	pattern explain(?:s|ed|ing)?(?=\s+(?:[\w-]+\s+){0,2}?(?:trade\s*-?\s*offs|results|decisions|findings|concepts|ideas|options|designs?|architecture|risks)\b)
	pattern present(?:s|ed|ing)?(?=\s+(?:[\w'/.-]+\s+){0,8}?to\s+(?:the\s+|our\s+|an?\s+)?(?:[\w'-]+\s+){0,4}?(?:developers|engineers|stakeholders|executives|leadership|board|boards|customers|clients|founders|teams?|audiences?|management|committees?|council|investors|partners|peers|staff|students|conferences?|product\s+managers|ctos?|ceos?|cfos?|vps?|architects|parents|families|residents|leaders|managers|users|regulators|auditors)\b)
	# a talk or a keynote given: "Talk: \"Exactly-once is a lie\"", "Keynote,
	# \"Boring databases\"", a "Talks" line over the list of them
	ambiguous talk talks keynote keynotes
	cue-after ^\s*[:,]\s*["“]
	cue-line ^\W*(?:(?:publications|conference)\s+(?:and|&)\s+)?(?:talks|keynotes)\W*$
	# "the service talks to Kafka", small talk, Apple's Keynote
	veto-line \btalk(?:s|ed|ing)?\s+(?:to|with)\b|\bsmall\s+talk\b|\bkeynote\s*(?:,|and|/)\s*(?:powerpoint|pages|numbers|google\s+slides)|\b(?:powerpoint|pages|google\s+slides)\s*(?:,|and|/)\s*keynote\b
	cue-before \b(?:strong|excellent|effective|good|great|clear|outstanding|exceptional|proven|solid|superb|advanced|skilled|natural|verbal\s+and\s+written|written\s+and\s+verbal|oral\s+and\s+written|interpersonal\s+and)\s+(?:(?:written|verbal|oral|interpersonal|technical|team)\s+(?:(?:and|&)\s+)?)?$
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
	cue-before \b(?:strong|excellent|effective|good|great|close|outstanding|exceptional|proven|solid|superb|natural|reliable|dependable|collaborative|true|supportive|valued)\s+$
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
