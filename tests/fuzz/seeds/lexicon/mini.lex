# A small lexicon for unit tests: every directive, a few skills.
role mini "Mini backend"
guide g1 guide-one.txt "Guide one"
stage junior 0 2 "Junior"
stage mid 2 5
stage senior 5 +
threshold 0.5
category language "Languages"
category database "Databases"
category framework "Frameworks"
category practice "Practices"
section skills skills "technical skills" "tech stack" technologies
section experience experience
section education education
section summary summary
section other interests
context-section skills
experience-section experience
negation-before \b(?:no\s+experience\s+with|never\s+used|without)\s+(?:[\w.+#/-]+\s*(?:,|\bor\b)\s*){0,4}$
learning-before \b(?:currently\s+)?learning\s+$
rule-words no never without learning
context-words grafana
rule-set kitchen veto-line \b(?:kitchen|menus?)\b
cue-before \b(?:in|using|with)\s+$
cue-after ^\s*(?:developer|programming|\d+(?:\.\d+)+)\b
veto-after ^\s*(?:19|20)\d\d\b
veto-after ^-\w
veto-after ^\s*&
veto-after ^'s\b

skill python "Python"
	category language
	stage junior
	from g1
	alias python
	pattern python\s?3(?:\.\d+)?
skill java "Java"
	category language
	stage junior
	from g1
	alias java
skill javascript "JavaScript"
	category language
	stage junior
	from g1
	alias javascript js
skill go "Go"
	category language
	stage junior
	from g1
	alias golang
	ambiguous go
skill c "C"
	category language
	stage junior
	from g1
	ambiguous c
skill cpp "C++"
	category language
	stage junior
	from g1
	alias c++ cpp
skill csharp "C#"
	category language
	stage junior
	from g1
	alias c#
skill dotnet ".NET"
	category framework
	stage mid
	from g1
	alias .net dotnet
skill aspnet "ASP.NET"
	category framework
	stage mid
	from g1
	alias asp.net
	implies csharp dotnet
skill nodejs "Node.js"
	category language
	stage junior
	from g1
	alias node.js nodejs "node js"
skill spring "Spring"
	category framework
	stage mid
	from g1
	ambiguous spring
	implies java
skill spring-boot "Spring Boot"
	category framework
	stage mid
	from g1
	alias "spring boot"
	implies spring
skill django "Django"
	category framework
	stage mid
	from g1
	alias django
	implies python
skill sql "SQL"
	category database
	stage junior
	weight 3
	from g1
	alias sql
skill postgresql "PostgreSQL"
	category database
	stage junior
	from g1
	alias postgresql postgres psql
	implies sql
	use kitchen
skill mysql "MySQL"
	category database
	stage junior
	from g1
	alias mysql
	implies sql
skill ci-cd "CI/CD"
	category practice
	stage mid
	weight 2
	from g1
	alias ci/cd "ci cd"
skill system-design "System design"
	category practice
	stage senior
	weight 4
	from g1
	alias "system design"
skill mentoring "Mentoring"
	category practice
	stage senior
	weight 2
	from g1
	alias mentoring mentored
	leadership
	veto-line \bpatients?\b

group language "a backend language"
	stage junior
	weight 4
	from g1
	members python java go nodejs
group relational "a relational database"
	stage junior
	weight 3
	from g1
	members postgresql mysql
