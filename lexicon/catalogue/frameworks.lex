# gapcheck technology catalogue: frameworks, libraries, ORMs, testing tools,
# build tools and IDEs (see gapcheck-lexicon(5)).
#
# Kinds covered here: framework-backend, framework-frontend,
# framework-mobile, library, orm, testing, build, ide.
#
# Conventions:
# - A server-side web or API framework carries the tag backend-framework
#   and implies its language; a platform (.NET) or a server-side library
#   does not carry the tag.
# - ORMs imply data-access-layer, test tools testing, load-test tools
#   performance-testing, front-end frameworks frontend-development and
#   mobile frameworks mobile-development.  A language is implied only when
#   the technology is tied to it (Laravel is PHP; Play and Akka are written
#   in Java as often as in Scala, so they imply no language).
# - A name that is also an ordinary word, a place or a person (React,
#   Angular, Rails, Play, Echo, Gin, Selenium, Postman, Espresso ...) is
#   ambiguous; its unambiguous forms ("ruby on rails", "react.js",
#   "play framework", "selenium webdriver") are aliases.  Vetoes are added
#   only where a real non-software line would otherwise count; the example
#   lines are in tests/lexicon/catalogue/frameworks.tsv.
# - Ids shared with lexicon/backend.lex (flask django spring spring-boot
#   express) only add a kind, tags, sources and the spellings the role
#   lacks; the role keeps its own rules.  "pytest", "junit", "jest" and
#   "mocha" are spellings of the role's testing skill, so the entries of
#   those tools here carry only their other spellings.
# - Template languages (Handlebars, EJS, Jinja, Twig, Thymeleaf,
#   FreeMarker, Velocity) are in languages.lex, SDL and SFML in
#   systems.lex; the id phoenix is Apache Phoenix (data.lex), so the
#   Elixir framework is phoenix-framework.

# ===========================================================================
# Server-side frameworks and platforms: .NET
# ===========================================================================

skill dotnet ".NET"
	kind framework-backend
	source onet devicon simpleicons stackoverflow
	alias .net dotnet "dot net" ".net core" ".net framework" "dotnet core" "dotnet framework"
	alias ".net 8" ".net 7" ".net 6" ".net 5" ".net standard" "microsoft .net" "ms .net"

skill aspnet "ASP.NET"
	kind framework-backend
	tag backend-framework
	source onet linguist stackoverflow esco
	alias asp.net "asp net" aspnet "asp.net mvc" "asp.net web api" "asp.net webforms"
	alias "asp.net web forms"
	alias webforms "classic asp.net"
	implies dotnet

skill aspnet-core "ASP.NET Core"
	kind framework-backend
	tag backend-framework
	source onet stackoverflow
	alias "asp.net core" "aspnet core" "asp net core" "asp.net core mvc" "asp.net core web api"
	alias "razor pages" ".net core web api"
	implies dotnet

skill wcf "Windows Communication Foundation"
	kind framework-backend
	source stackoverflow
	alias wcf "windows communication foundation"
	implies dotnet

skill servicestack "ServiceStack"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias servicestack
	implies dotnet

# ===========================================================================
# Server-side frameworks: Java and the JVM
# ===========================================================================

skill spring "Spring Framework"
	kind framework-backend
	tag backend-framework
	source onet devicon simpleicons stackoverflow
	alias springframework "spring core" "spring aop" "spring ioc" "spring web mvc"
	alias "spring webmvc"

skill spring-boot "Spring Boot"
	kind framework-backend
	tag backend-framework
	source onet simpleicons stackoverflow
	alias "spring boot 3" "spring boot 2"

skill spring-webflux "Spring WebFlux"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias "spring webflux" webflux
	implies spring java

skill spring-batch "Spring Batch"
	kind framework-backend
	source stackoverflow
	alias "spring batch"
	implies spring java

skill spring-integration "Spring Integration"
	kind framework-backend
	source stackoverflow
	alias "spring integration"
	implies spring java

skill struts "Apache Struts"
	kind framework-backend
	tag backend-framework
	source onet stackoverflow
	alias "apache struts" struts2 "struts 2" "struts framework"
	ambiguous struts
	# car suspension struts
	veto-line \b(?:shocks?|suspension|brakes?|mechanics?|automotive|vehicles?|tires?|alignment)\b
	implies java

skill jsf "JavaServer Faces"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias "javaserver faces" "java server faces" "jakarta faces"
	# also the Joint Strike Fighter (F-35)
	ambiguous jsf
	veto-line \b(?:f[\s-]?35|joint\s+strike|aircraft|lockheed|fighters?|avionics|squadrons?|air\s+force)\b
	implies java

skill jsp "JavaServer Pages"
	kind framework-backend
	source onet linguist stackoverflow
	alias jsp "javaserver pages" "java server pages" jstl
	implies java

skill servlets "Java Servlets"
	kind framework-backend
	source stackoverflow
	alias "servlet 2.3" "servlet 2.4" "servlet 2.5" "servlet 3.0" "servlets 2.3" "servlets 2.4"
	alias servlet servlets "java servlets" "java servlet"
	implies java

skill ejb "Enterprise JavaBeans"
	kind framework-backend
	source onet stackoverflow
	alias ejb ejb3 "ejb 3" "enterprise javabeans" "enterprise java beans"
	implies java

skill jax-rs "JAX-RS"
	kind framework-backend
	source stackoverflow
	alias "jax rs" jaxrs
	implies java

skill jax-ws "JAX-WS"
	kind framework-backend
	source stackoverflow
	alias "jax ws" jaxws
	implies java

skill jersey "Jersey (JAX-RS)"
	kind framework-backend
	tag backend-framework
	source onet stackoverflow
	alias "eclipse jersey" "jersey framework" "jersey rest"
	ambiguous jersey
	# New Jersey, Jersey City, football jerseys, Jersey cows
	veto-before \bnew\s+$
	veto-after ^\s+(?:city|shore|channel|cows?|dairy|milk|shirts?|numbers?|knit|fabric)\b
	veto-line \b(?:football|soccer|hockey|basketball|jerseys|uniforms?|nj)\b
	implies java

skill resteasy "RESTEasy"
	kind framework-backend
	source stackoverflow
	alias resteasy
	implies java

skill apache-cxf "Apache CXF"
	kind framework-backend
	source stackoverflow
	alias "apache cxf" cxf
	implies java

skill apache-axis "Apache Axis"
	kind framework-backend
	source stackoverflow
	alias "apache axis" "apache axis2" axis2
	implies java

skill microprofile "MicroProfile"
	kind framework-backend
	source common
	alias microprofile "eclipse microprofile"
	implies java

skill vertx "Eclipse Vert.x"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias vert.x vertx "eclipse vert.x" "vert x"
	implies java

skill dropwizard "Dropwizard"
	kind framework-backend
	tag backend-framework
	source devicon stackoverflow
	alias dropwizard
	implies java

skill micronaut "Micronaut"
	kind framework-backend
	tag backend-framework
	source common
	alias micronaut
	implies java

skill quarkus "Quarkus"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons
	alias quarkus
	implies java

skill helidon "Helidon"
	kind framework-backend
	tag backend-framework
	source common
	alias helidon
	implies java

skill javalin "Javalin"
	kind framework-backend
	tag backend-framework
	source common
	alias javalin
	implies java

skill grails "Grails"
	kind framework-backend
	tag backend-framework
	source onet devicon stackoverflow
	alias "grails framework" "groovy on grails"
	ambiguous grails
	veto-before \bholy\s+$

skill play "Play Framework"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias "play framework" playframework
	ambiguous play
	# a stage play, to play a role or an instrument, Google Play
	veto-before \b(?:school|stage|musical|radio|the\s+school|google|role|fair|foul|power|word|free|kids|children's)\s+$
	veto-after ^\s+(?:(?:a|an|the)\s+)?(?:role|part|games?|sports?|music|piano|guitar|violin|drums|football|soccer|tennis|golf|chess|basketball|store|console|services|billing|area|therapy|group|date|key|pivotal|vital|critical|central|major)\b
	# "play a crucial role", "play an active part", "What part will you play?"
	veto-after ^\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:roles?|parts?)\b
	veto-after ^\s*\?
	veto-before \b(?:you|we|they|will|would|also|for|to)\s+$

skill ktor "Ktor"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias ktor
	implies kotlin

skill vaadin "Vaadin"
	kind framework-backend
	source devicon simpleicons stackoverflow
	alias vaadin
	implies java

skill apache-wicket "Apache Wicket"
	kind framework-backend
	source stackoverflow
	alias "apache wicket"
	implies java

# ===========================================================================
# Server-side frameworks: Python
# ===========================================================================

skill flask "Flask"
	kind framework-backend
	tag backend-framework
	source onet devicon simpleicons stackoverflow
	alias flask.py "flask web framework"

skill django "Django"
	kind framework-backend
	tag backend-framework
	source onet devicon simpleicons stackoverflow
	alias djangorestframework "django web framework" "django channels" geodjango

skill fastapi "FastAPI"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons
	alias fastapi
	implies python

skill tornado "Tornado"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias "tornado web" "tornado framework" "tornado web server"
	ambiguous tornado
	veto-after ^\s+(?:warnings?|alley|season|relief|damage|watch|shelters?|sirens?|drills?|outbreak|cash)\b
	veto-line \b(?:storms?|sirens?|disaster|fema|hurricanes?|insurance\s+claims?|cleanup|panavia)\b
	implies python

skill pyramid "Pyramid"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias "pyramid framework" "pylons pyramid" "pyramid web framework"
	ambiguous pyramid
	# the food pyramid, Maslow's, pyramid schemes and the test pyramid
	veto-before \b(?:food|great|egyptian|test|testing|inverted|maslow'?s|population|age|sales|mayan|step)\s+$
	veto-after ^\s+(?:schemes?|selling|structure|principle|of|shaped?|lake|sales)\b
	implies python

skill bottle "Bottle"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias bottle.py bottlepy "bottle framework"
	ambiguous bottle
	veto-after ^\s+(?:of|feeding|caps?|shop|service|openers?|returns?|deposits?|labels?|line|plant|fed|washing|filling)\b
	veto-line \b(?:wines?|beers?|brewery|milk|baby|babies|infants?|recycl\w*|bartend\w*|sommelier|sauces?|bottling)\b
	implies python

skill falcon "Falcon (Python)"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias "falcon framework" falconframework
	ambiguous falcon
	# CrowdStrike Falcon, the F-16, SpaceX Falcon 9, falconry
	veto-before \b(?:crowdstrike|f[\s-]?16|fighting|spacex|peregrine|atlanta)\s+$
	veto-after ^\s+(?:9|heavy|insight|prevent|overwatch|edr|xdr|sensors?|complete|console|agents?|jets?|2000|7x|8x|900|hawks?)\b
	veto-line \b(?:falconry|birds?\s+of\s+prey|raptors?)\b
	implies python

skill aiohttp "aiohttp"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias aiohttp
	implies python

skill sanic "Sanic"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias sanic
	implies python

skill starlette "Starlette"
	kind framework-backend
	tag backend-framework
	source common
	alias starlette
	implies python

skill cherrypy "CherryPy"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias cherrypy
	implies python

skill web2py "web2py"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias web2py
	implies python

# ===========================================================================
# Server-side frameworks: JavaScript and TypeScript (Node.js)
# ===========================================================================

skill express "Express.js"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias "express framework" "express.js framework"

skill nestjs "NestJS"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias nestjs nest.js "nest js" "nestjs framework"
	implies nodejs typescript

skill koa "Koa"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias koa.js koajs "koa js" koa2
	ambiguous koa
	# Kampgrounds of America, koa wood
	veto-after ^\s+(?:campgrounds?|kampgrounds?|wood|trees?|forest|ukuleles?|guitars?)\b
	veto-before \bhawaiian\s+$
	implies nodejs javascript

skill fastify "Fastify"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons
	alias fastify
	implies nodejs javascript

skill hapi "hapi"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias hapi.js hapijs "hapi js"
	# HAPI FHIR is a Java library for health records
	ambiguous hapi
	veto-after ^\s+(?:fhir|hl7)\b
	implies nodejs javascript

skill meteor "Meteor"
	kind framework-backend
	tag backend-framework
	source onet devicon simpleicons stackoverflow
	alias meteor.js meteorjs "meteor js"
	ambiguous meteor
	veto-line \b(?:showers?|astronom\w*|craters?|telescopes?|meteorites?|asteroids?)\b
	implies nodejs javascript

skill sails "Sails.js"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias sails.js sailsjs "sails js"
	implies nodejs javascript

skill adonisjs "AdonisJS"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias adonisjs adonis.js "adonis js"
	implies nodejs

skill socket-io "Socket.IO"
	kind library
	source devicon simpleicons stackoverflow
	alias socket.io socketio "socket io"
	implies javascript

# ===========================================================================
# Server-side frameworks: PHP
# ===========================================================================

skill laravel "Laravel"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias laravel "laravel framework"
	implies php

skill symfony "Symfony"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias symfony symfony2 "symfony framework"
	implies php

skill codeigniter "CodeIgniter"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias codeigniter "code igniter"
	implies php

skill cakephp "CakePHP"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias cakephp "cake php"
	implies php

skill yii "Yii"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias yii yii2 "yii framework"
	implies php

skill zend "Zend Framework / Laminas"
	kind framework-backend
	tag backend-framework
	source onet devicon simpleicons stackoverflow
	alias "zend framework" zend zf2 laminas "laminas project" "zend expressive" mezzio
	implies php

skill slim "Slim Framework"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias "slim framework" "slim php"
	implies php

skill phalcon "Phalcon"
	kind framework-backend
	tag backend-framework
	source devicon stackoverflow
	alias phalcon phalconphp
	implies php

skill lumen "Lumen"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias "lumen framework" "lumen php"
	implies php

skill livewire "Laravel Livewire"
	kind framework-frontend
	source devicon simpleicons
	alias "laravel livewire"
	# "a real livewire in the office"
	ambiguous livewire
	veto-before \b(?:a|an|real|total|such\s+a|bit\s+of\s+a)\s+$
	implies laravel php

# ===========================================================================
# Server-side frameworks: Ruby, Elixir, Go, Rust, Scala
# ===========================================================================

skill rails "Ruby on Rails"
	kind framework-backend
	tag backend-framework
	source onet devicon simpleicons stackoverflow
	alias "ruby on rails" rubyonrails "ruby rails" "rails framework" "ruby on rails framework"
	# RoR is also a finance rate of return
	ambiguous rails ror
	veto-after ^\s*(?:and\s+irr|of\s+\d|analysis|calculations?|targets?)\b
	veto-before \b(?:irr\s+and|annual|annuali[sz]ed|average|expected|required|internal|portfolio)\s+$
	# hand rails, guard rails, off the rails
	veto-before \b(?:hand|guard|bed|safety|stair|curtain|towel|grab|train|tram|steel|light|on\s+the|off\s+the|dado|picture|roof|bar|side|fence)\s+$
	veto-after ^\s+(?:and\s+(?:ties|sleepers|posts|balusters|stiles|gates)|installation|replacement|fencing)\b
	# a company name in quotes: "Naira Rails"
	veto-after ^["”]
	implies ruby

skill sinatra "Sinatra"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias "sinatra framework" "sinatra ruby" "ruby sinatra"
	ambiguous sinatra
	# Frank Sinatra
	veto-line \b(?:frank|songs?|singer|singing|sang|crooner|covers?|tribute|vocals?|jazz|band|karaoke|standards|nancy)\b
	implies ruby

skill phoenix-framework "Phoenix Framework"
	kind framework-backend
	tag backend-framework
	source devicon simpleicons stackoverflow
	alias "phoenix framework" "phoenix liveview" "elixir phoenix" "phoenix elixir"
	ambiguous phoenix
	# the city, the University of Phoenix, the Suns
	veto-before \b(?:university\s+of|greater|downtown|near|based\s+in|located\s+in|north|west|relocated\s+to|moved\s+to)\s+$
	veto-after ^\s*(?:,\s*)?(?:az|arizona)\b
	veto-after ^\s+(?:suns|mercury|metro|area|sky\s+harbor|children'?s|college|house|rising|from\s+the\s+ashes|club|theat(?:re|er))\b
	implies elixir

skill gin "Gin (Go)"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias "gin gonic" gin-gonic/gin "gin framework" "gin web framework" "go gin" "golang gin"
	ambiguous gin
	# the spirit and the cotton gin
	veto-after ^\s+(?:and\s+tonic|&\s*tonic|bar|distillery|cocktails?|botanicals?|brand)\b
	veto-line \b(?:cocktails?|bartend\w*|distill\w*|tonic|spirits|liquor|whisk(?:e)?y|vodka|rum|mixolog\w*|cotton)\b
	implies go

skill echo "Echo (Go)"
	kind framework-backend
	tag backend-framework
	source common
	alias "labstack echo" "echo framework" "go echo" "golang echo"
	ambiguous echo
	# Amazon Echo, echocardiograms, the echo chamber
	veto-before \b(?:amazon|stress|fetal|cardiac|transthoracic|transesophageal|tte|tee|doppler|an)\s+$
	veto-after ^\s+(?:dot|show|devices?|speakers?|cardiograms?|lab|tech\w*|findings|reports?|sounders?|chambers?|park|location)\b
	veto-line \b(?:cardiac|cardiology|ecg|ekg|sonograph\w*|ultrasound|alexa)\b
	implies go

skill fiber "Fiber (Go)"
	kind framework-backend
	tag backend-framework
	source devicon
	alias gofiber "go fiber" "golang fiber" "fiber framework"
	ambiguous fiber
	# fiber optics and dietary fiber
	veto-after ^\s+(?:optic\w*|cables?|cabling|splic\w*|lines?|networks?|installations?|broadband|internet|to\s+the|channels?|reinforced|content|intake|supplements?|arts?)\b
	veto-before \b(?:carbon|glass|optical|dietary|muscle|nerve|soluble|insoluble)\s+$
	veto-line \b(?:optical|splic\w*|cabling|ftth|dietary|nutrition\w*|textiles?|yarns?|composites?)\b
	implies go

skill beego "Beego"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias beego
	implies go

skill gorilla-mux "Gorilla Mux"
	kind framework-backend
	source stackoverflow
	alias "gorilla mux" gorilla/mux "gorilla toolkit"
	implies go

skill actix "Actix Web"
	kind framework-backend
	tag backend-framework
	source simpleicons
	alias actix "actix web"
	implies rust

skill axum "Axum"
	kind framework-backend
	tag backend-framework
	source stackoverflow
	alias axum
	implies rust

skill rocket "Rocket (Rust)"
	kind framework-backend
	tag backend-framework
	source simpleicons stackoverflow
	alias rocket.rs "rust rocket" "rocket framework"
	implies rust

skill zio "ZIO"
	kind library
	source common
	alias zio "zio http"
	implies scala

# ===========================================================================
# Front-end frameworks
# ===========================================================================

skill react "React"
	kind framework-frontend
	source onet devicon simpleicons stackoverflow
	alias react.js reactjs "react js" "react hooks" "react 18"
	# the verb: "react quickly to customer complaints"
	ambiguous react
	veto-after ^\s+(?:quickly|calmly|swiftly|promptly|appropriately|accordingly|positively|well|fast|immediately|decisively)\b
	# the stacks of the engineers a recruiter hired
	veto-before \b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|sourc(?:ed|ing)|plac(?:ed|ing))\b[^.;]*\b(?:engineers|developers|candidates|roles|positions)\b[^.;]*$
	veto-after ^\s+to\s+(?:changing|changes?|customers?|clients?|feedback|emergenc\w*|situations?|the\s+market|market|unexpected|crises|crisis|patients?|guests?|incidents?|alarms?)\b
	implies javascript frontend-development

skill angular "Angular"
	kind framework-frontend
	source onet devicon simpleicons stackoverflow esco
	alias angular2 "angular 2+" "angular framework" "angular cli" angular.io
	# the adjective: angular momentum, an angular shape
	ambiguous angular
	veto-after ^\s+(?:momentum|velocit(?:y|ies)|acceleration|displacement|resolution|frequenc(?:y|ies)|distributions?|speed|rate|positions?|errors?|shapes?|features?|face|lines?|cheilitis|gyrus|contact|correlations?|dependence|spectr(?:um|a)|coordinates?|measurements?|sensors?|encoders?|deviations?|misalignment|size|diameter|spread|separation|units?|deflection)\b
	implies typescript frontend-development

skill angularjs "AngularJS"
	kind framework-frontend
	source devicon stackoverflow
	alias angularjs angular.js "angular js"
	implies javascript frontend-development

skill vue "Vue.js"
	kind framework-frontend
	source onet linguist devicon simpleicons stackoverflow
	alias vue.js vuejs "vue js" vue2 vue3 "vue cli"
	# French "vue", Vue cinemas
	ambiguous vue
	veto-after ^\s+(?:cinemas?|entertainment)\b
	veto-before \b(?:belle|bella|point\s+de|mountain|lake|bay|grand|bon|ocean|sea|mer|river|park|la)\s+$
	implies javascript frontend-development

skill svelte "Svelte"
	kind framework-frontend
	source linguist devicon simpleicons stackoverflow
	alias svelte.js sveltejs sveltekit "svelte kit"
	ambiguous svelte
	veto-after ^\s+(?:figure|frame|physique|silhouette|lines)\b
	implies javascript frontend-development

skill nextjs "Next.js"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias next.js nextjs "next js"
	implies react javascript frontend-development

skill nuxt "Nuxt"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias nuxt nuxt.js nuxtjs "nuxt js" nuxt3
	implies vue javascript frontend-development

skill gatsby "Gatsby"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias gatsby.js gatsbyjs "gatsby js"
	# The Great Gatsby
	ambiguous gatsby
	veto-before \bgreat\s+$
	veto-after ^\s+(?:themed?|party|parties|gala|era|costumes?|night|ball)\b
	implies react javascript frontend-development

skill remix "Remix"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias remix.run "remix run" remixjs "remix framework"
	# music remixes
	ambiguous remix
	veto-line \b(?:djs?|tracks?|songs?|singles?|albums?|music|producers?|vinyl|spotify|soundcloud|ableton|beats?|records?|labels?)\b
	implies react javascript frontend-development

skill astro "Astro"
	kind framework-frontend
	source linguist devicon simpleicons stackoverflow
	alias astro.build astrojs "astro js" "astro framework"
	ambiguous astro
	veto-after ^\s+(?:turf|boy|physics|radio|tv|channel|malaysia)\b
	veto-line \b(?:satellite\s+tv|pay\s+tv|broadcast\w*|astronom\w*|astrolog\w*)\b
	implies javascript frontend-development

skill solidjs "SolidJS"
	kind framework-frontend
	source devicon
	alias solidjs solid.js "solid js"
	implies javascript frontend-development

skill preact "Preact"
	kind framework-frontend
	source simpleicons stackoverflow
	alias preact
	implies javascript frontend-development

skill qwik "Qwik"
	kind framework-frontend
	source devicon simpleicons
	alias qwik
	implies javascript frontend-development

skill alpinejs "Alpine.js"
	kind framework-frontend
	source devicon simpleicons
	alias alpine.js alpinejs "alpine js"
	implies javascript frontend-development

skill htmx "htmx"
	kind framework-frontend
	source devicon simpleicons
	alias htmx
	implies frontend-development

skill ember "Ember.js"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias ember.js emberjs "ember js" "ember octane" "ember cli"
	ambiguous ember
	veto-after ^\s+(?:glow|mask|cast)\b
	veto-line \b(?:fires?|campfires?|bonfires?|firefight\w*|embers|burn\w*|ashes)\b
	implies javascript frontend-development

skill backbone "Backbone.js"
	kind framework-frontend
	source onet devicon simpleicons stackoverflow
	alias backbone.js backbonejs "backbone js" "backbone marionette" marionette.js
	# the backbone of the team; backbone networks
	ambiguous backbone
	veto-after ^\s+(?:of|network\w*|routers?|links?|switch\w*|infrastructure|cabling|fib(?:er|re)|connectivity|circuits?|sites?)\b
	veto-before \b(?:network|internet|campus|mpls|ip|core|fib(?:er|re)|optical|wan|data\s+cent(?:er|re)|moral|economic)\s+$
	implies javascript frontend-development

skill knockout "Knockout.js"
	kind framework-frontend
	source devicon stackoverflow
	alias knockout.js knockoutjs "knockout js"
	# knockout mice, knockout rounds
	ambiguous knockout
	veto-after ^\s+(?:stages?|rounds?|punch|blows?|tournaments?|competitions?|games?|mice|mouse|models?|lines?|cells?|strains?|experiments?|studies|drums?|performance)\b
	veto-before \b(?:gene|genetic|conditional|crispr|double|triple|single|technical|a)\s+$
	implies javascript frontend-development

skill jquery "jQuery"
	kind framework-frontend
	source onet devicon simpleicons stackoverflow
	alias jquery jquery.js "jquery ajax"
	implies javascript frontend-development

skill jquery-ui "jQuery UI"
	kind framework-frontend
	source stackoverflow
	alias "jquery ui" jqueryui "jquery mobile"
	implies jquery javascript frontend-development

skill dojo "Dojo Toolkit"
	kind framework-frontend
	source stackoverflow
	alias "dojo toolkit" dojo.js dojotoolkit
	# martial arts; the Coding Dojo bootcamp
	ambiguous dojo
	veto-before \bcoding\s+$
	veto-line \b(?:karate|judo|martial|taekwondo|jiu|jitsu|aikido|kendo|belts?|sensei)\b
	implies javascript frontend-development

skill extjs "Ext JS"
	kind framework-frontend
	source onet stackoverflow
	alias extjs "ext js" "sencha ext js" "sencha extjs" "sencha touch"
	implies javascript frontend-development

skill gwt "Google Web Toolkit"
	kind framework-frontend
	source stackoverflow
	alias gwt "google web toolkit"
	implies java frontend-development

skill blazor "Blazor"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias blazor "blazor webassembly" "blazor server" "blazor wasm"
	implies dotnet csharp frontend-development

skill electron "Electron"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias electron.js electronjs "electron js" "electron app" "electron apps"
	# the particle
	ambiguous electron
	veto-after ^\s+(?:microscop\w*|beams?|transport|density|spin|mobility|transfer|diffraction|paramagnetic|volts?|energy|energies|configurations?|guns?|donors?|acceptors?|microprobe|affinity|emission|temperature)\b
	veto-line \b(?:microscop\w*|physics|chemistry|spectroscop\w*|orbitals?|diffraction|atoms?|quantum|electrons|photons?|kev|mev)\b
	implies javascript

# ===========================================================================
# Front-end UI kits and CSS frameworks
# ===========================================================================

skill bootstrap "Bootstrap"
	kind framework-frontend
	source onet devicon simpleicons stackoverflow
	alias "twitter bootstrap" bootstrap4 bootstrap5 "bootstrap 4" "bootstrap 5"
	# the verb, and the statistical bootstrap
	ambiguous bootstrap
	veto-after ^\s+(?:resampling|samples?|sampling|confidence|estimates?|estimation|methods?|replicates?|replications?|aggregat\w*|iterations?|procedure|analysis|standard\s+errors?|cis?|intervals?|tests?|percentile|paradox)\b
	veto-after ^\s+(?:a|an|the|my|our|their|new|itself|themselves|operations|funding|capital)\b
	veto-before \b(?:parametric|statistical|nonparametric|non\s+parametric|bayesian|wild|block|residual)\s+$
	implies frontend-development

skill react-bootstrap "React Bootstrap"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias "react bootstrap" reactstrap
	implies react bootstrap frontend-development

skill tailwind "Tailwind CSS"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias "tailwind css" tailwindcss "tailwind ui"
	ambiguous tailwind
	veto-after ^\s+(?:of|from|for|to)\b
	veto-before \b(?:a|strong|economic|favorable|favourable|major|significant|financial)\s+$
	implies frontend-development

skill material-ui "Material UI"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias "material ui" materialui "mui material" "mui x"
	# MUI is also a surname
	ambiguous mui
	implies react frontend-development

skill angular-material "Angular Material"
	kind framework-frontend
	source devicon stackoverflow
	alias "angular material"
	implies angular frontend-development

skill vuetify "Vuetify"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias vuetify vuetify.js
	implies vue frontend-development

skill chakra-ui "Chakra UI"
	kind framework-frontend
	source devicon simpleicons
	alias "chakra ui" chakraui
	implies react frontend-development

skill ant-design "Ant Design"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias "ant design" antd
	implies frontend-development

skill semantic-ui "Semantic UI"
	kind framework-frontend
	source simpleicons stackoverflow
	alias "semantic ui" "fomantic ui"
	implies frontend-development

skill bulma "Bulma"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias bulma
	implies frontend-development

skill foundation "Foundation (Zurb)"
	kind framework-frontend
	source devicon stackoverflow
	alias "zurb foundation" "foundation for sites"
	implies frontend-development

skill materialize "Materialize CSS"
	kind framework-frontend
	source devicon stackoverflow
	alias "materialize css" materializecss
	implies frontend-development

skill primeng "PrimeNG / PrimeReact"
	kind framework-frontend
	source devicon simpleicons stackoverflow
	alias primeng primereact primevue
	implies frontend-development

skill primefaces "PrimeFaces"
	kind framework-frontend
	source simpleicons stackoverflow
	alias primefaces
	implies jsf java

skill kendo-ui "Kendo UI"
	kind framework-frontend
	source stackoverflow
	alias "kendo ui" kendoui "telerik kendo ui"
	implies frontend-development

skill telerik "Telerik UI"
	kind library
	source stackoverflow
	alias telerik "telerik ui" "telerik controls"

skill devexpress "DevExpress"
	kind library
	source simpleicons stackoverflow
	alias devexpress "dev express" devextreme

skill syncfusion "Syncfusion"
	kind library
	source stackoverflow
	alias syncfusion

skill ag-grid "AG Grid"
	kind library
	source stackoverflow
	alias "ag grid" aggrid
	implies javascript

skill styled-components "styled-components"
	kind library
	source devicon simpleicons stackoverflow
	alias "styled components" styledcomponents
	implies react

skill storybook "Storybook"
	kind library
	source devicon simpleicons stackoverflow
	alias storybook.js storybookjs
	# a children's storybook
	ambiguous storybook
	veto-line \b(?:children'?s|illustrat\w*|picture\s+books?|authors?|read(?:ing)?\s+aloud|bedtime|fairy|story\s*time|librarians?)\b
	veto-after ^\s+(?:illustrations?|characters?|ending|romance|wedding|village|setting)\b
	implies frontend-development

# ===========================================================================
# Front-end state, data and view libraries
# ===========================================================================

skill redux "Redux"
	kind library
	source devicon simpleicons stackoverflow
	alias redux.js "redux toolkit" "redux saga" "redux thunk" "redux js"
	ambiguous redux
	veto-before \b(?:rabbit|mario)\s+$
	implies javascript

skill mobx "MobX"
	kind library
	source devicon simpleicons stackoverflow
	alias mobx "mobx state tree"
	implies javascript

skill rxjs "RxJS"
	kind library
	source devicon stackoverflow
	alias rxjs "reactive extensions for javascript"
	implies javascript

skill ngrx "NgRx"
	kind library
	source devicon simpleicons stackoverflow
	alias ngrx "ngrx store"
	implies angular rxjs

skill vuex "Vuex"
	kind library
	source stackoverflow
	alias vuex
	implies vue

skill pinia "Pinia"
	kind library
	source simpleicons
	alias pinia
	implies vue

skill zustand "Zustand"
	kind library
	source devicon
	alias zustand
	implies react

skill react-router "React Router"
	kind library
	source devicon simpleicons stackoverflow
	alias "react router" "react router dom" reactrouter
	implies react

skill react-query "TanStack Query"
	kind library
	source simpleicons
	alias "react query" "tanstack query" reactquery "tanstack react query"
	implies react

skill react-hook-form "React Hook Form"
	kind library
	source simpleicons
	alias "react hook form" "react hook forms"
	implies react

skill formik "Formik"
	kind library
	source simpleicons
	alias formik
	implies react

skill apollo "Apollo GraphQL"
	kind library
	source devicon simpleicons stackoverflow
	alias "apollo graphql" "apollo server" "apollo client" "apollo federation" apollographql
	alias "apollo ios" "apollo android" "apollo kotlin"
	# the space programme, Apollo Hospitals, the Apollo Theater, the
	# Apollo.io sales tool and Apollo Global Management
	ambiguous apollo
	veto-before \b(?:the|nasa)\s+$
	veto-after ^\s*(?:\.io|hospitals?|theat(?:er|re)|global|management|programs?|programmes?|missions?|moon|tyres?|tires?|group|pharmacy|clinics?|\d+)\b
	veto-line \b(?:salesforce|prospect\w*|outbound|sdrs?|bdrs?|cadences?|outreach|hubspot|zoominfo|nasa|astronauts?)\b

skill lodash "Lodash"
	kind library
	source devicon simpleicons stackoverflow
	alias lodash lodash.js
	implies javascript

skill underscore "Underscore.js"
	kind library
	source simpleicons stackoverflow
	alias underscore.js underscorejs "underscore js"
	implies javascript

skill ramda "Ramda"
	kind library
	source stackoverflow
	alias ramda ramda.js ramdajs
	implies javascript

skill immutable-js "Immutable.js"
	kind library
	source stackoverflow
	alias immutable.js immutablejs
	implies javascript

skill moment "Moment.js"
	kind library
	source stackoverflow
	alias moment.js momentjs "moment js"
	implies javascript

skill date-fns "date-fns"
	kind library
	source simpleicons stackoverflow
	alias "date fns" datefns
	implies javascript

skill axios "Axios"
	kind library
	source devicon simpleicons stackoverflow
	alias axios
	implies javascript

skill d3 "D3.js"
	kind library
	source devicon simpleicons stackoverflow
	alias d3.js d3js "d3 js"
	# vitamin D3
	ambiguous d3
	veto-after ^\s+(?:vitamins?|supplements?|levels?|deficiency|receptors?|dose|doses|iu)\b
	veto-before \b(?:vitamin|vit|dungeons?|division|diablo)\s+$
	veto-line \b(?:vitamins?|supplements?|calcium|deficiency|clinical|patients?|ncaa|athletics)\b
	implies javascript

skill threejs "Three.js"
	kind library
	source devicon simpleicons stackoverflow
	alias three.js threejs "three js"
	implies javascript

skill chartjs "Chart.js"
	kind library
	source devicon simpleicons stackoverflow
	alias chart.js chartjs "chart js"
	implies javascript

skill highcharts "Highcharts"
	kind library
	source stackoverflow
	alias highcharts highstock
	implies javascript

skill echarts "Apache ECharts"
	kind library
	source simpleicons stackoverflow
	alias echarts "apache echarts"
	implies javascript

skill leaflet "Leaflet"
	kind library
	source simpleicons stackoverflow
	alias leaflet.js leafletjs "leaflet js"
	# a printed leaflet
	ambiguous leaflet
	veto-after ^\s+(?:drops?|campaigns?|distribution|design|printing|and\s+(?:posters?|flyers?|brochures?|booklets?)|of|for|about|on)\b
	veto-line \b(?:print\w*|flyers?|brochures?|posters?|distribut\w*|canvass\w*|letterbox\w*|patient\s+information)\b
	implies javascript

skill gsap "GSAP"
	kind library
	source simpleicons stackoverflow
	alias gsap "greensock animation platform" greensock
	implies javascript

skill i18next "i18next"
	kind library
	source simpleicons stackoverflow
	alias i18next react-i18next
	implies javascript

skill zod "Zod"
	kind library
	source simpleicons
	alias zod
	implies typescript

# ===========================================================================
# Mobile frameworks and SDKs
# ===========================================================================

skill android-sdk "Android SDK"
	kind framework-mobile
	source stackoverflow
	alias "android sdk" "android framework" "android app development"
	implies mobile-development

skill android-ndk "Android NDK"
	kind framework-mobile
	source stackoverflow
	alias "android ndk"
	implies android-sdk mobile-development

skill android-jetpack "Android Jetpack"
	kind framework-mobile
	source stackoverflow
	alias "android jetpack" "jetpack libraries" "android architecture components"
	implies android-sdk mobile-development

skill jetpack-compose "Jetpack Compose"
	kind framework-mobile
	source devicon simpleicons
	alias "jetpack compose" "android jetpack compose" "compose ui"
	implies kotlin android-sdk mobile-development

skill kotlin-multiplatform "Kotlin Multiplatform"
	kind framework-mobile
	source stackoverflow
	alias "kotlin multiplatform" "kotlin multiplatform mobile" kmm "compose multiplatform"
	# KMP is also the Knuth-Morris-Pratt algorithm and key management personnel
	ambiguous kmp
	veto-after ^\s+(?:algorithm|remuneration|disclosures?|compensation|string)\b
	veto-line \b(?:remuneration|disclosures?|compensation|personnel|knuth|string\s+matching|pattern\s+matching|kinder\s+morgan)\b
	implies kotlin mobile-development

skill react-native "React Native"
	kind framework-mobile
	source onet devicon stackoverflow
	alias "react native" reactnative
	implies react javascript mobile-development

skill flutter "Flutter"
	kind framework-mobile
	source devicon simpleicons stackoverflow
	alias "flutter sdk" "flutter framework"
	# the verb; atrial flutter
	ambiguous flutter
	veto-before \b(?:atrial|ventricular|heart|valve)\s+$
	veto-after ^\s+(?:of|kicks?|boards?|valves?|by)\b
	veto-line \b(?:butterfl(?:y|ies)|birds?|atrial)\b
	implies dart mobile-development

skill xamarin "Xamarin"
	kind framework-mobile
	source devicon stackoverflow
	alias xamarin.uitest "xamarin uitest" "xamarin ui test" "xamarin test cloud"
	alias xamarin xamarin.forms "xamarin forms" xamarin.android xamarin.ios
	implies dotnet csharp mobile-development

skill maui "(.NET) MAUI"
	kind framework-mobile
	source common
	alias ".net maui" "dotnet maui"
	# the Hawaiian island
	ambiguous maui
	veto-before \b(?:on|in|from|visit\w*|trip\s+to|vacation\s+to)\s+$
	veto-line \b(?:hawai'?i(?:an)?|island|kahului|lahaina|kihei|wailea|kaanapali|snorkel\w*)\b
	implies dotnet mobile-development

skill ionic "Ionic"
	kind framework-mobile
	source devicon simpleicons stackoverflow
	alias "ionic framework" "ionic capacitor" ionicframework
	# ionic bonds and liquids
	ambiguous ionic
	veto-after ^\s+(?:bonds?|bonding|liquids?|strength|compounds?|conduct\w*|solids?|radi(?:us|i)|channels?|species|interactions?|surfactants?|charges?|concentrations?|columns?|lattices?|polymers?|exchange|mobility|currents?|order|salts?|crystals?|transport)\b
	implies javascript mobile-development

skill cordova "Apache Cordova"
	kind framework-mobile
	source onet simpleicons stackoverflow
	alias "apache cordova" phonegap "adobe phonegap" "cordova plugins"
	# a city and a surname
	ambiguous cordova
	veto-after ^\s*(?:,\s*)?(?:tn|tennessee|ak|alaska|spain)\b
	implies javascript mobile-development

skill nativescript "NativeScript"
	kind framework-mobile
	source simpleicons stackoverflow
	alias nativescript
	implies javascript mobile-development

skill swiftui "SwiftUI"
	kind framework-mobile
	source common
	alias swiftui "swift ui"
	implies swift mobile-development

skill uikit "UIKit"
	kind framework-mobile
	source stackoverflow
	alias uikit
	implies mobile-development

skill appkit "AppKit"
	kind framework-mobile
	source stackoverflow
	alias appkit

skill cocoa-touch "Cocoa Touch"
	kind framework-mobile
	source onet stackoverflow
	alias "cocoa touch" cocoatouch "apple cocoa"
	implies mobile-development

skill arkit "ARKit"
	kind framework-mobile
	source stackoverflow
	alias arkit
	implies mobile-development

skill arcore "ARCore"
	kind framework-mobile
	source stackoverflow
	alias arcore
	implies mobile-development

skill watchkit "WatchKit"
	kind framework-mobile
	source stackoverflow
	alias watchkit
	implies mobile-development

# ===========================================================================
# ORMs and data access
# ===========================================================================

skill hibernate "Hibernate"
	kind orm
	source onet devicon simpleicons stackoverflow
	alias hibernate "hibernate orm" hql
	implies java data-access-layer

skill jpa "Java Persistence API (JPA)"
	kind orm
	source stackoverflow
	alias jpa "java persistence api" "jakarta persistence"
	implies java data-access-layer

skill spring-data-jpa "Spring Data JPA"
	kind orm
	source stackoverflow
	alias "spring jpa"
	implies spring jpa java data-access-layer

skill mybatis "MyBatis"
	kind orm
	source stackoverflow
	alias mybatis ibatis "my batis"
	implies java data-access-layer

skill jooq "jOOQ"
	kind orm
	source stackoverflow
	alias jooq
	implies java data-access-layer

skill jdbc "JDBC"
	kind orm
	source onet stackoverflow
	alias jdbc jdbctemplate "jdbc template"
	implies java

skill entity-framework "Entity Framework"
	kind orm
	source devicon stackoverflow
	alias "entity framework" "entity framework core" "ef core" efcore ef6 "ef 6"
	alias "ado.net entity framework"
	implies dotnet data-access-layer

skill nhibernate "NHibernate"
	kind orm
	source devicon stackoverflow
	alias nhibernate "fluent nhibernate"
	implies dotnet data-access-layer

skill dapper "Dapper"
	kind orm
	source stackoverflow
	alias "dapper orm" dapper.net "dapper.net orm"
	ambiguous dapper
	veto-after ^\s+(?:dan|gentlem[ae]n|suits?|looks?|style|attire|dress|outfits?)\b
	implies dotnet data-access-layer

skill ado-net "ADO.NET"
	kind orm
	source onet stackoverflow
	alias ado.net "ado net" adonet
	implies dotnet data-access-layer

skill linq "LINQ"
	kind orm
	source stackoverflow esco
	alias linq "linq to entities" "linq to objects" plinq
	implies dotnet

skill sqlalchemy "SQLAlchemy"
	kind orm
	source devicon simpleicons stackoverflow
	alias sqlalchemy "sql alchemy" "sqlalchemy orm"
	implies python data-access-layer

skill django-orm "Django ORM"
	kind orm
	source stackoverflow
	alias "django orm" "django models"
	implies django python data-access-layer

skill peewee "Peewee"
	kind orm
	source stackoverflow
	alias "peewee orm"
	# peewee hockey
	ambiguous peewee
	veto-line \b(?:hockey|football|baseball|soccer|lacrosse|coach\w*|league|herman)\b
	implies python data-access-layer

skill alembic "Alembic"
	kind orm
	source stackoverflow
	alias "alembic migration" "sqlalchemy alembic"
	# also the VFX geometry cache format
	ambiguous alembic
	veto-line \b(?:maya|houdini|vfx|usd|fbx|blender|cinema\s*4d|katana|nuke|arnold|renderman|animation|animators?|lighting|rigging|caches?|vray|3ds\s+max)\b
	implies sqlalchemy python

skill mongoengine "MongoEngine"
	kind orm
	source stackoverflow
	alias mongoengine
	implies python data-access-layer

skill tortoise-orm "Tortoise ORM"
	kind orm
	source common
	alias "tortoise orm"
	implies python data-access-layer

skill activerecord "Active Record (Rails)"
	kind orm
	source stackoverflow
	alias activerecord "active record orm"
	ambiguous "active record"
	veto-after ^\s+of\b
	implies ruby data-access-layer

skill doctrine "Doctrine ORM"
	kind orm
	source devicon simpleicons stackoverflow
	alias "doctrine orm" doctrine2 "doctrine dbal" "doctrine 2"
	# military, legal and religious doctrine
	ambiguous doctrine
	veto-line \b(?:military|army|navy|marines?|church|theolog\w*|biblical|christian|catholic|legal|law|courts?|constitutional|nato|combat|tactics?|monroe|doctrines)\b
	veto-after ^\s+of\b
	implies php data-access-layer

skill eloquent "Eloquent ORM"
	kind orm
	source stackoverflow
	alias "eloquent orm" "laravel eloquent"
	# an eloquent speaker
	ambiguous eloquent
	veto-after ^\s+(?:speakers?|speech|speeches|writers?|writing|communicators?|presenters?|orators?|advocates?|letters?|proposals?)\b
	veto-before \b(?:an|very|highly|most|more|is|was|naturally)\s+$
	implies laravel php data-access-layer

skill gorm "GORM"
	kind orm
	source stackoverflow
	alias gorm "gorm orm"
	# GORM is also the Grails ORM, so no language
	implies data-access-layer

skill diesel "Diesel (Rust)"
	kind orm
	source stackoverflow
	alias "diesel orm" diesel.rs "diesel rs" "rust diesel"
	# the fuel and the engines
	ambiguous diesel
	veto-after ^\s+(?:engines?|mechanics?|technicians?|generators?|fuel|exhaust|particulate|trucks?|locomotives?|vehicles?|fleet|oil|pumps?|tanks?|power)\b
	veto-line \b(?:mechanic\w*|locomotives?|cdl|tractors?|cummins|duramax|gasoline|petrol)\b
	implies rust data-access-layer

skill sea-orm "SeaORM"
	kind orm
	source common
	alias seaorm "sea orm"
	implies rust data-access-layer

skill ecto "Ecto"
	kind orm
	source devicon stackoverflow
	alias ecto
	implies elixir data-access-layer

skill typeorm "TypeORM"
	kind orm
	source simpleicons stackoverflow
	alias typeorm "type orm"
	implies typescript data-access-layer

skill sequelize "Sequelize"
	kind orm
	source devicon simpleicons stackoverflow
	alias sequelize sequelize.js "sequelize orm"
	implies javascript data-access-layer

skill prisma "Prisma"
	kind orm
	source linguist devicon simpleicons stackoverflow
	alias "prisma orm" "prisma client" prisma.io "prisma schema"
	# Prisma Health; Palo Alto Prisma Cloud
	ambiguous prisma
	veto-after ^\s+(?:health|cloud|access|sd\s?wan|sase)\b
	veto-before \b(?:palo\s+alto\s+(?:networks\s+)?)$
	implies data-access-layer

skill mongoose "Mongoose"
	kind orm
	source devicon simpleicons stackoverflow
	alias "mongoose odm" mongoose.js mongoosejs "mongoose js"
	# the animal; Mongoose bikes
	ambiguous mongoose
	veto-line \b(?:zoo|animals?|wildlife|snakes?|bikes?|bicycles?|bmx|meerkats?)\b
	implies mongodb nodejs data-access-layer

skill knex "Knex.js"
	kind orm
	source devicon simpleicons stackoverflow
	alias knex knex.js knexjs
	implies javascript data-access-layer

skill objection-js "Objection.js"
	kind orm
	source stackoverflow
	alias objection.js objectionjs
	implies javascript data-access-layer

skill mikro-orm "MikroORM"
	kind orm
	source common
	alias mikroorm "mikro orm"
	implies typescript data-access-layer

skill drizzle "Drizzle ORM"
	kind orm
	source simpleicons
	alias "drizzle orm" drizzle-kit
	implies typescript data-access-layer

skill room "Room (Android)"
	kind orm
	source stackoverflow
	alias "room persistence library" "room persistence"
	# a hotel's room database; and the word itself, which counts only as
	# a bare name in a technical list or line
	ambiguous "room database" "room db" room
	veto-before \b(?:the|a|an|this|that|our|my|their|his|her|its|each|every|one|two|three|four|five|\d+|meeting|conference|class|server|data|hotel|guest|living|dining|break|board|rest|show|war|control|clean|operating|emergency|hospital|private|double|single|no|more|less|enough|some|any|of|leave|left|make|made|give|gave|escape|chat|zoom|back|front|stock|store|waiting|press|mail|dorm|spare|hands?|cold|clean\s+room)\s+$
	veto-after ^\s+(?:for|to|and\s+board|service|temperature|rates?|nights?|bookings?|reservations?|keys?|numbers?|mates?|attendants?|division|setups?|layouts?|scheduling|capacity|inspections?|turnover|assignments?|occupancy|upgrades?)\b
	veto-line \b(?:hotels?|guests?|front\s+desk|housekeeping|reservations?|bookings?|pms|opera)\b
	implies android-sdk data-access-layer

skill core-data "Core Data"
	kind orm
	source stackoverflow
	alias coredata "apple core data" "core data framework"
	# the core data of a business
	ambiguous "core data"
	veto-before \b(?:the|our|their|its|a|key|critical|company'?s|business)\s+$
	veto-after ^\s+(?:platforms?|infrastructure|teams?|pipelines?|sets?|assets?|products?|services?|elements?|structures?|science|engineering|analysis|systems?|warehouses?|domains?|entities|fields|points|collection|management|quality|skills|competenc\w*|literacy)\b
	implies data-access-layer

# ===========================================================================
# Testing: unit-test frameworks and mocking (JVM, .NET)
# ===========================================================================

skill junit "JUnit"
	kind testing
	source onet devicon simpleicons stackoverflow
	alias junit junit5 junit4 "junit 5" "junit 4" "junit jupiter" "junit tests"
	implies java testing

skill testng "TestNG"
	kind testing
	source onet stackoverflow
	alias testng
	implies java testing

skill mockito "Mockito"
	kind testing
	source stackoverflow
	alias mockito
	implies java testing

skill powermock "PowerMock"
	kind testing
	source stackoverflow
	alias powermock
	implies java testing

skill assertj "AssertJ"
	kind testing
	source stackoverflow
	alias assertj
	implies java testing

skill hamcrest "Hamcrest"
	kind testing
	source stackoverflow
	alias hamcrest
	implies testing

skill spock "Spock Framework"
	kind testing
	source stackoverflow
	alias "spock framework" "spock tests" "spock testing"
	ambiguous spock
	veto-line \b(?:star\s+trek|trek|vulcans?|nimoy|kirk|cosplay|enterprise\s+crew)\b
	implies testing

skill rest-assured "REST Assured"
	kind testing
	source stackoverflow
	alias restassured "rest assured framework"
	# "rest assured, ..." (rest-assured is the same spelling)
	ambiguous "rest assured"
	veto-after ^\s*,?\s*(?:that|we|you|i|your|our|the|it|this|knowing|all|every|everything|any|they|he|she)\b
	implies java testing

skill wiremock "WireMock"
	kind testing
	source stackoverflow
	alias wiremock
	implies testing

skill testcontainers "Testcontainers"
	kind testing
	source stackoverflow
	alias testcontainers
	implies testing

skill jacoco "JaCoCo"
	kind testing
	source stackoverflow
	alias jacoco
	implies java testing

skill mockk "MockK"
	kind testing
	source stackoverflow
	alias mockk
	implies kotlin testing

skill scalatest "ScalaTest"
	kind testing
	source stackoverflow
	alias scalatest
	implies scala testing

skill nunit "NUnit"
	kind testing
	source onet stackoverflow
	alias nunit
	implies dotnet testing

skill xunit "xUnit.net"
	kind testing
	source stackoverflow
	alias xunit xunit.net "xunit net"
	# "xUnit" also names the family of unit-test frameworks: no .NET implied
	implies testing

skill mstest "MSTest"
	kind testing
	source stackoverflow
	alias mstest "visual studio unit testing framework"
	implies dotnet testing

skill moq "Moq"
	kind testing
	source simpleicons stackoverflow
	alias moq
	implies dotnet testing

skill fluent-assertions "FluentAssertions"
	kind testing
	source stackoverflow
	alias fluentassertions "fluent assertions"
	implies dotnet testing

skill specflow "SpecFlow"
	kind testing
	source stackoverflow
	alias specflow "spec flow"
	implies dotnet testing

# ===========================================================================
# Testing: Python, Ruby, PHP, C++
# ===========================================================================

skill pytest "pytest"
	kind testing
	source devicon simpleicons stackoverflow
	alias pytest py.test "pytest framework"
	implies python testing

skill unittest "unittest (Python)"
	kind testing
	source stackoverflow
	alias unittest pyunit "python unittest"
	implies python testing

skill robot-framework "Robot Framework"
	kind testing
	source onet linguist simpleicons stackoverflow
	alias "robot framework" robotframework
	implies testing

skill rspec "RSpec"
	kind testing
	source devicon stackoverflow
	alias rspec
	implies ruby testing

skill minitest "Minitest"
	kind testing
	source stackoverflow
	alias minitest
	implies ruby testing

skill capybara "Capybara"
	kind testing
	source stackoverflow
	alias "capybara tests"
	# the animal
	ambiguous capybara
	veto-line \b(?:zoos?|animals?|keepers?|exhibits?|wildlife|rodents?|enclosures?)\b
	implies ruby testing

skill phpunit "PHPUnit"
	kind testing
	source stackoverflow
	alias phpunit "php unit"
	implies php testing

skill codeception "Codeception"
	kind testing
	source stackoverflow
	alias codeception
	implies php testing

skill behat "Behat"
	kind testing
	source stackoverflow
	alias behat
	implies php testing

skill googletest "GoogleTest"
	kind testing
	source stackoverflow
	alias googletest gtest "google test"
	implies cpp testing

skill gmock "GoogleMock"
	kind testing
	source stackoverflow
	alias gmock googlemock "google mock"
	implies cpp testing

skill catch2 "Catch2"
	kind testing
	source common
	alias catch2
	implies cpp testing

skill cppunit "CppUnit"
	kind testing
	source onet stackoverflow
	alias cppunit
	implies cpp testing

# ===========================================================================
# Testing: JavaScript unit and component testing
# ===========================================================================

skill jest "Jest"
	kind testing
	source devicon simpleicons stackoverflow
	alias jestjs jest.js "jest js"
	# "said in jest", "half in jest"
	ambiguous jest
	veto-before \b(?:half|only|partly|mostly|said|all|was|were)\s+in\s+$
	implies javascript testing

skill mocha "Mocha"
	kind testing
	source devicon simpleicons stackoverflow
	alias mocha.js mochajs "mocha js"
	# the coffee: "caramel mocha", "mocha latte"
	ambiguous mocha
	veto-before \b(?:caramel|iced|white|peppermint|mint|hot|cafe|café|chocolate|skinny|large|small|grande|venti|tall)\s+$
	veto-after ^\s+(?:latte|frappe|frappuccino|coffee|cake|brown|colou?r)\b
	implies javascript testing

skill jasmine "Jasmine"
	kind testing
	source devicon simpleicons stackoverflow
	alias jasmine.js jasminejs "jasmine js" "jasmine framework"
	# jasmine rice and tea; a first name
	ambiguous jasmine
	veto-after ^\s+(?:rice|tea|flowers?|oil|scents?|blossoms?|green)\b
	veto-line \b(?:rice|tea|kitchen|cooking|perfume|fragrance|florist|garden\w*)\b
	implies javascript testing

skill karma "Karma"
	kind testing
	source devicon stackoverflow
	alias karma.js "karma runner" "karma test runner"
	# karma yoga; Credit Karma
	ambiguous karma
	veto-before \bcredit\s+$
	veto-after ^\s+(?:yoga|points?|police)\b
	veto-line \b(?:yoga|meditation|buddhis\w*|hindu\w*|reiki|spiritual\w*)\b
	implies javascript testing

skill chai "Chai"
	kind testing
	source simpleicons stackoverflow
	alias chai.js chaijs "chai js"
	# chai tea
	ambiguous chai
	veto-after ^\s+(?:teas?|lattes?)\b
	veto-line \b(?:teas?|lattes?|caf[eé]s?|coffee|baristas?|spices?|masala|drinks?|beverages?|menu)\b
	implies javascript testing

skill sinon "Sinon.JS"
	kind testing
	source stackoverflow
	alias sinon sinon.js sinonjs
	implies javascript testing

skill vitest "Vitest"
	kind testing
	source devicon simpleicons
	alias vitest
	implies javascript testing

skill enzyme "Enzyme"
	kind testing
	source stackoverflow
	alias "enzyme js" "airbnb enzyme"
	# the protein
	ambiguous enzyme
	veto-after ^\s+(?:assays?|kinetics|activity|activities|inhibitors?|inhibition|levels?|replacement|engineering|immobili\w*|therapy|linked|purification|expression|kits?|production|reactions?|catalysis)\b
	veto-line \b(?:assays?|kinetics|proteins?|biochem\w*|substrates?|elisa|catalys\w*|purif\w*|dna|rna|molecular|laborator(?:y|ies)|liver|microbio\w*|fermentation|biolog\w*)\b
	implies javascript testing

skill react-testing-library "React Testing Library"
	kind testing
	source simpleicons
	alias "react testing library"
	implies react testing

skill protractor "Protractor"
	kind testing
	source devicon simpleicons stackoverflow
	alias protractorjs "protractor e2e"
	# the drawing instrument
	ambiguous protractor
	veto-line \b(?:geometry|angles?|compass(?:es)?|rulers?|maths?|mathematics|drafting|woodwork\w*|carpentry|pupils|students)\b
	implies testing

# ===========================================================================
# Testing: browser, end-to-end and mobile UI automation
# ===========================================================================

skill selenium "Selenium"
	kind testing
	source onet devicon simpleicons stackoverflow
	alias "selenium webdriver" "selenium grid" "selenium ide" "selenium rc" selenium2
	alias "selenium automation" "selenium tests" "selenium testing"
	# the element: supplements, soil and blood levels
	ambiguous selenium
	veto-after ^\s+(?:supplements?|levels?|deficiency|intake|sulfide|dioxide|content|concentrations?|compounds?|nanoparticles?|status|yeast|toxicity|rectifiers?)\b
	veto-before \b(?:dietary|serum|plasma|blood|organic|zinc)\s+$
	veto-line \b(?:supplements?|vitamins?|minerals?|nutrition\w*|dietary|soils?|toxicity)\b
	implies testing

skill webdriver "WebDriver"
	kind testing
	source stackoverflow
	alias webdriver "w3c webdriver"
	implies testing

skill webdriverio "WebdriverIO"
	kind testing
	source simpleicons stackoverflow
	alias webdriverio webdriver.io wdio
	implies testing

skill cypress "Cypress"
	kind testing
	source devicon simpleicons stackoverflow
	alias cypress.io "cypress e2e" "cypress tests" "cypress testing" "cypress automation"
	# the tree, Cypress (Texas, California) and Cypress Semiconductor
	ambiguous cypress
	veto-before \b(?:bald|leyland|italian|monterey|lake)\s+$
	veto-after ^\s*(?:,\s*)?(?:tx|texas|ca|california|trees?|mulch|hill|creek|semiconductor|psoc|college|bay|fairbanks|woods|gardens?|point|station)\b
	implies testing

skill playwright "Playwright"
	kind testing
	source devicon
	alias "playwright test" "playwright tests" "microsoft playwright" "playwright automation"
	# the dramatist
	ambiguous playwright
	veto-line \b(?:theat(?:re|er)s?|drama\w*|screenplays?|screenwrit\w*|actors?|actress\w*|rehears\w*|fringe|playhouse|plays|novelists?|poets?|one\s+act|stage\s+play)\b
	veto-before \b(?:award\s+winning|resident|emerging|aspiring|young|local|british|american|irish|as\s+an?|fellow)\s+$
	implies testing

skill puppeteer "Puppeteer"
	kind testing
	source devicon simpleicons stackoverflow
	alias puppeteerjs "google puppeteer"
	# the performer
	ambiguous puppeteer
	veto-line \b(?:puppets?|puppetry|marionettes?|theat(?:re|er)|performers?|festival|muppets?|sesame)\b
	implies testing

skill testcafe "TestCafe"
	kind testing
	source simpleicons stackoverflow
	alias testcafe "test cafe"
	implies testing

skill nightwatch "Nightwatch.js"
	kind testing
	source stackoverflow
	alias nightwatch.js nightwatchjs
	implies testing

skill cucumber "Cucumber"
	kind testing
	source linguist devicon simpleicons stackoverflow
	alias "cucumber bdd" "cucumber jvm" cucumber.js "cucumber framework"
	# the vegetable
	ambiguous cucumber
	veto-after ^\s+(?:sandwich\w*|salads?|slices?|water|seeds?|plants?|crops?|harvest\w*|farm\w*|beetles?|mosaic)\b
	veto-line \b(?:garden\w*|greenhouses?|harvest\w*|salads?|pickl\w*|vegetables?|kitchen|chefs?|tomato(?:es)?)\b
	implies testing

skill serenity-bdd "Serenity BDD"
	kind testing
	source stackoverflow
	alias "serenity bdd"
	implies testing

skill katalon "Katalon Studio"
	kind testing
	source stackoverflow
	alias katalon "katalon studio"
	implies testing

skill tosca "Tricentis Tosca"
	kind testing
	source stackoverflow
	alias "tricentis tosca" "tosca testsuite" "tosca automation"
	implies testing

skill uft "Micro Focus UFT (QTP)"
	kind testing
	source stackoverflow
	alias q.t.p "quick test pro" "quicktest pro" "hp quicktest professional"
	alias "unified functional testing" "hp uft" "micro focus uft" "uft one" qtp
	alias "quicktest professional" "hp qtp"
	# the United Federation of Teachers
	ambiguous uft
	veto-line \b(?:teach\w*|unions?|chapter|delegates?|educators?)\b
	implies testing

skill testrail "TestRail"
	kind testing
	source simpleicons stackoverflow
	alias testrail
	implies testing

skill browserstack "BrowserStack"
	kind testing
	source devicon stackoverflow
	alias browserstack
	implies testing

skill sauce-labs "Sauce Labs"
	kind testing
	source simpleicons stackoverflow
	alias "sauce labs" saucelabs
	implies testing

skill appium "Appium"
	kind testing
	source simpleicons stackoverflow
	alias appium
	implies testing mobile-development

skill espresso "Espresso (Android)"
	kind testing
	source stackoverflow
	alias "espresso tests" "espresso testing" "espresso ui tests"
	# coffee
	ambiguous espresso
	veto-after ^\s+(?:machines?|drinks?|beverages?|shots?|bars?|coffee|martinis?|beans?|based)\b
	veto-line \b(?:baristas?|lattes?|cappuccinos?|caf[eé]s?|coffee|milk|brew\w*)\b
	implies testing

skill xctest "XCTest"
	kind testing
	source stackoverflow
	alias xctest
	implies testing

skill xcuitest "XCUITest"
	kind testing
	source stackoverflow
	alias xcuitest "xcui test"
	implies xctest testing

skill robolectric "Robolectric"
	kind testing
	source stackoverflow
	alias robolectric
	implies testing

skill detox "Detox (React Native)"
	kind testing
	source stackoverflow
	alias "detox e2e" "wix detox"
	implies testing

# ===========================================================================
# Testing: API and performance testing
# ===========================================================================

skill postman "Postman"
	kind testing
	source onet devicon simpleicons stackoverflow
	alias "postman collections" "postman collection" "postman tests" "postman newman"
	# the mail carrier
	ambiguous postman
	veto-line \b(?:royal\s+mail|postal|post\s+office|usps|mail\s+(?:routes?|delivery|carrier)|delivery\s+rounds?)\b
	veto-before \b(?:as\s+an?|village|rural|relief|local)\s+$
	implies testing

skill soapui "SoapUI"
	kind testing
	source stackoverflow
	alias soapui "soap ui" readyapi "ready api"
	implies testing

skill insomnia "Insomnia (API client)"
	kind testing
	source devicon simpleicons
	alias "insomnia rest" "insomnia api client"
	implies testing

skill pact "Pact (contract testing)"
	kind testing
	source stackoverflow
	alias "pact testing" "pact contract testing" pactflow "pact broker"
	implies testing

skill jmeter "Apache JMeter"
	kind testing
	source onet simpleicons stackoverflow
	alias jmeter "apache jmeter"
	implies performance-testing

skill gatling "Gatling"
	kind testing
	source devicon simpleicons stackoverflow
	alias "gatling load testing" gatling.io
	ambiguous gatling
	veto-after ^\s+guns?\b
	implies performance-testing

skill k6 "Grafana k6"
	kind testing
	source devicon simpleicons stackoverflow
	alias k6.io "k6 load testing" "k6 scripts"
	# kindergarten to grade 6
	ambiguous k6
	veto-after ^\s*(?:to\s+)?(?:12|8|5|students?|teachers?|classrooms?|schools?|education|grades?|literacy|math\w*|curriculum|reading)\b
	veto-line \b(?:teach\w*|classrooms?|pupils|curriculum|kindergarten|elementary)\b
	implies performance-testing

skill locust "Locust"
	kind testing
	source simpleicons stackoverflow
	alias locust.io "locust load testing"
	# the insect, honey locust trees, Locust Street
	ambiguous locust
	veto-before \b(?:honey|black)\s+$
	veto-after ^\s+(?:street|st|avenue|ave|valley|grove|walk|point|trees?|swarms?|plagues?)\b
	veto-line \b(?:swarms?|insects?|crops?|plagues?|grasshoppers?|entomolog\w*|agricultur\w*|locusts|farmers?)\b
	implies performance-testing

skill loadrunner "LoadRunner"
	kind testing
	source stackoverflow
	alias "load runner" "hp load runner" "mercury loadrunner"
	alias loadrunner "hp loadrunner" "micro focus loadrunner"
	implies performance-testing

skill blazemeter "BlazeMeter"
	kind testing
	source simpleicons stackoverflow
	alias blazemeter
	implies performance-testing

skill neoload "NeoLoad"
	kind testing
	source stackoverflow
	alias neoload
	implies performance-testing

# ===========================================================================
# Build tools: JVM and .NET
# ===========================================================================

skill maven "Apache Maven"
	kind build
	source onet devicon simpleicons stackoverflow esco
	alias "apache maven" pom.xml "maven build" "maven central" "maven plugins" mvn
	# a marketing maven
	ambiguous maven
	veto-before \b(?:marketing|media|fashion|style|sales|retail|beauty|food|resident|social|financial|fitness|wellness|diy|shopping|bargain|grammar|spreadsheet|excel|a\s+true|true)\s+$
	veto-after ^\s+(?:of|who|for\s+(?:all|fashion|style))\b
	implies java

skill gradle "Gradle"
	kind build
	source onet linguist devicon simpleicons stackoverflow
	alias gradle build.gradle "gradle build"

skill ant "Apache Ant"
	kind build
	source onet simpleicons stackoverflow
	alias "apache ant" "ant build" build.xml "ant scripts"
	ambiguous ant
	veto-line \b(?:colon(?:y|ies)|insects?|pests?|entomolog\w*|termites?|exterminat\w*|ants)\b
	implies java

skill ivy "Apache Ivy"
	kind build
	source stackoverflow
	alias "apache ivy"
	implies java

skill sbt "sbt"
	kind build
	source stackoverflow
	alias "scala build tool" "sbt build"
	# SBT is also a spontaneous breathing trial and skills-based training
	ambiguous sbt
	veto-line \b(?:patients?|ventilat\w*|breathing|wean\w*|icu|respiratory|nurs\w*|clinical|trainees?|apprentices?)\b
	implies scala

skill leiningen "Leiningen"
	kind build
	source stackoverflow
	alias leiningen

skill nuget "NuGet"
	kind build
	source devicon simpleicons stackoverflow
	alias nuget "nuget packages" "nuget package"
	implies dotnet

skill msbuild "MSBuild"
	kind build
	source stackoverflow
	alias msbuild "ms build"

skill nant "NAnt"
	kind build
	source stackoverflow
	alias nant

# ===========================================================================
# Build tools and package managers: JavaScript
# ===========================================================================

skill npm "npm"
	kind build
	source devicon simpleicons stackoverflow
	alias npm "npm scripts" "npm packages" package.json "npm registry"
	implies javascript

skill yarn "Yarn"
	kind build
	source devicon simpleicons stackoverflow
	alias "yarn package manager" "yarn berry" "yarn workspaces" yarnpkg yarn.lock
	# knitting yarn; Hadoop YARN is "hadoop yarn"
	ambiguous yarn
	veto-before \b(?:hadoop|apache\s+hadoop)\s+$
	veto-after ^\s+(?:stores?|shops?|mills?|spinning|dye\w*|counts?|production|weights?|balls?|skeins?|bombing)\b
	veto-line \b(?:knit\w*|crochet\w*|weav\w*|textiles?|wool|spinn\w*|fabrics?|sewing|dyeing|mills?|hadoop)\b
	implies javascript

skill pnpm "pnpm"
	kind build
	source devicon simpleicons
	alias pnpm
	implies javascript

skill bower "Bower"
	kind build
	source devicon simpleicons stackoverflow
	alias bower.json "bower components"
	# a surname
	ambiguous bower
	implies javascript

skill lerna "Lerna"
	kind build
	source simpleicons stackoverflow
	alias lerna
	implies javascript

skill turborepo "Turborepo"
	kind build
	source simpleicons
	alias turborepo
	implies javascript

skill nx "Nx"
	kind build
	source simpleicons stackoverflow
	alias "nx monorepo" "nx workspace" nrwl "nrwl nx"
	implies javascript

skill webpack "webpack"
	kind build
	source onet devicon simpleicons stackoverflow
	alias webpack webpack.config.js "webpack 5" "webpack dev server"
	implies javascript

skill vite "Vite"
	kind build
	source devicon simpleicons
	alias vite vitejs vite.js
	implies javascript

skill babel "Babel"
	kind build
	source devicon simpleicons stackoverflow
	alias babel.js babeljs "babel js" "babel loader" "babel transpiler" .babelrc
	# the Tower of Babel
	ambiguous babel
	veto-before \b(?:tower\s+of|of)\s+$
	veto-after ^\s+(?:tower|fish)\b
	implies javascript

skill rollup "Rollup"
	kind build
	source devicon simpleicons stackoverflow
	alias rollup.js rollupjs "rollup js" "rollup bundler"
	# a roll-up acquisition, a monthly rollup
	ambiguous rollup
	veto-after ^\s+(?:acquisitions?|strateg(?:y|ies)|deals?|transactions?|of|vehicles?|platforms?|doors?|banners?|signs?|stands?|reports?|tables?)\b
	veto-before \b(?:pe|private\s+equity|industry|acquisition|financial|consolidation|monthly|quarterly|weekly|sales|revenue|budget|cost|forecast|portfolio)\s+$
	implies javascript

skill esbuild "esbuild"
	kind build
	source simpleicons
	alias esbuild
	implies javascript

skill parcel "Parcel"
	kind build
	source stackoverflow
	alias parcel.js parceljs "parcel bundler" "parcel js"
	# parcels of mail and of land
	ambiguous parcel
	veto-line \b(?:couriers?|postal|acres?|zoning|surveyors?|deeds?|assessors?|easements?)\b
	implies javascript

skill gulp "gulp"
	kind build
	source devicon simpleicons stackoverflow
	alias gulp.js gulpjs "gulp js" gulpfile
	ambiguous gulp
	implies javascript

skill grunt "Grunt"
	kind build
	source devicon simpleicons stackoverflow
	alias grunt.js gruntjs "grunt js" gruntfile
	# grunt work; a grunt in the Marines
	ambiguous grunt
	veto-after ^\s+(?:work|labou?r)\b
	veto-line \b(?:marines?|usmc|infantry|army|platoon|squad)\b
	implies javascript

skill browserify "Browserify"
	kind build
	source stackoverflow
	alias browserify
	implies javascript

# ===========================================================================
# Build tools and package managers: Python, Ruby, PHP, Rust
# ===========================================================================

skill pip "pip"
	kind build
	source devicon simpleicons stackoverflow
	alias pip3 "pip install" pypi requirements.txt
	# a PIP is also a performance improvement plan and a UK benefit
	ambiguous pip
	veto-after ^\s+(?:plans?|process(?:es)?|documentation|meetings?|reviews?|programs?|programmes?|joints?|claims?|assessments?|awards?|applications?)\b
	veto-before \b(?:on\s+a|formal|performance|a)\s+$
	veto-line \b(?:performance\s+improvement|employees?|disciplinary|hr|human\s+resources|terminations?|claimants?|benefits|dwp|welfare)\b
	implies python

skill pipenv "Pipenv"
	kind build
	source stackoverflow
	alias pipenv pipfile
	implies python

skill poetry "Poetry"
	kind build
	source devicon simpleicons
	alias "python poetry" poetry.lock "poetry python" "poetry package manager"
	ambiguous poetry
	veto-line \b(?:poems?|poets?|poetic|literature|literary|creative\s+writing|slams?|antholog(?:y|ies)|verse|stanzas?|open\s+mic|spoken\s+word|readings?|magazines?|chapbooks?)\b
	implies python

skill conda "Conda"
	kind build
	source simpleicons stackoverflow
	alias conda "conda environments" "conda forge" miniconda

skill setuptools "setuptools"
	kind build
	source simpleicons stackoverflow
	alias setuptools setup.py pyproject.toml
	implies python

skill virtualenv "virtualenv"
	kind build
	source stackoverflow
	alias virtualenv venv virtualenvwrapper
	implies python

skill bundler "Bundler"
	kind build
	source stackoverflow
	alias "ruby bundler" gemfile gemfile.lock
	ambiguous bundler
	# a JavaScript module bundler in general
	veto-before \b(?:module|js|javascript|asset|webpack|rollup|parcel|esbuild|frontend|front\s+end|a|the)\s+$
	implies ruby

skill rubygems "RubyGems"
	kind build
	source simpleicons stackoverflow
	alias rubygems "ruby gems"
	implies ruby

skill rake "Rake"
	kind build
	source stackoverflow
	alias rakefile "rake tasks" "rake task"
	ambiguous rake
	veto-line \b(?:leaves|lawns?|garden\w*|landscap\w*|yards?|mulch|shovels?|hoes?|gravel|hay)\b
	implies ruby

skill composer "Composer"
	kind build
	source devicon simpleicons stackoverflow
	alias "php composer" composer.json "composer packages"
	# the musician
	ambiguous composer
	veto-line \b(?:music\w*|orchestra\w*|film\s+scores?|scores?|concerts?|symphon\w*|compos(?:ed|ing|itions?)|pian\w*|choirs?|songs?|opera|soundtracks?|conservator(?:y|ies)|arrangers?)\b
	implies php

skill cargo "Cargo"
	kind build
	source stackoverflow
	alias "rust cargo" cargo.toml cargo.lock
	# freight
	ambiguous cargo
	veto-line \b(?:freight|vessels?|aircraft|airlines?|airports?|unloading|forklifts?|pallets?|customs|maritime|manifests?|pants|shorts)\b
	implies rust

# ===========================================================================
# Build tools: C and C++, mobile, polyglot
# ===========================================================================

skill make "Make"
	kind build
	source linguist simpleicons stackoverflow
	alias "gnu make" makefile makefiles gmake
	# the verb: make it ambiguous and accept it only when no word follows
	# it other than a build word
	ambiguous make
	veto-after ^\s+(?!(?:files?|targets?|rules?|builds?|system|utility|tool|scripts?|v?\d)\b)[a-z]
	veto-before \b(?:to|will|can|could|would|should|must|help|helped|helps|helping|i|we|they|you|that|which|who|not|did|does|do|let|lets|always|never|and\s+to)\s+$

skill cmake "CMake"
	kind build
	source onet linguist devicon simpleicons stackoverflow
	alias cmake cmakelists.txt "modern cmake"

skill bazel "Bazel"
	kind build
	source devicon simpleicons stackoverflow
	alias bazel

skill autotools "GNU Autotools"
	kind build
	source stackoverflow
	alias autotools "gnu autotools" autoconf automake libtool

skill scons "SCons"
	kind build
	source stackoverflow
	alias scons

skill ninja "Ninja (build system)"
	kind build
	source linguist stackoverflow
	alias "ninja build" "ninja build system"
	# "JavaScript ninja", ninja warriors, Ninja blenders
	ambiguous ninja
	veto-before \b(?:javascript|js|code|coding|css|excel|spreadsheet|python|marketing|sales|social\s+media|seo|data|a|an|true|fruit|american|office|rockstar)\s+$
	veto-after ^\s+(?:warriors?|turtles?|skills|moves|star|level|kitchen|foodi|blenders?|coffee|course|gym|classes|training)\b

skill meson "Meson"
	kind build
	source linguist stackoverflow
	alias "meson build" "meson build system"

skill vcpkg "vcpkg"
	kind build
	source stackoverflow
	alias vcpkg

skill conan "Conan (C++)"
	kind build
	source simpleicons stackoverflow
	alias "conan package manager" conan.io conanfile
	# a first name; Conan the Barbarian
	ambiguous conan
	veto-after ^\s+(?:the\s+barbarian|o'?brien|doyle|exiles)\b

skill cocoapods "CocoaPods"
	kind build
	source simpleicons stackoverflow
	alias cocoapods "cocoa pods" podfile

skill swift-package-manager "Swift Package Manager"
	kind build
	source stackoverflow
	alias "swift package manager" swiftpm
	implies swift

# ===========================================================================
# Editors and IDEs
# ===========================================================================

skill visual-studio "Visual Studio"
	kind ide
	source onet devicon stackoverflow
	alias "visual studio 2005" "visual studio 2008" "visual studio 2010" "visual studio 2012"
	alias "visual studio 2013" "visual studio 2015" "visual studio 2017" "visual studio 2019"
	alias "visual studio 2022" "visual studio.net" "visual studio .net" visualstudio.net
	alias "visual studio.net 2003" "visual studio 2003" "visual studio 6" "visual studio 6.0"
	alias vs2005 vs2008 vs2010 vs2012 vs2013
	alias "visual studio" "microsoft visual studio" "ms visual studio" vs2022 vs2019 vs2017
	alias vs2015
	alias "visual studio ide"

skill vs-code "Visual Studio Code"
	kind ide
	source devicon stackoverflow
	alias "visual studio code" vscode "vs code"

skill intellij "IntelliJ IDEA"
	kind ide
	source onet devicon simpleicons stackoverflow
	alias intellij "intellij idea" "jetbrains intellij" "intellij ultimate"

skill pycharm "PyCharm"
	kind ide
	source devicon simpleicons stackoverflow
	alias pycharm

skill webstorm "WebStorm"
	kind ide
	source devicon simpleicons stackoverflow
	alias webstorm

skill phpstorm "PhpStorm"
	kind ide
	source onet devicon simpleicons stackoverflow
	alias phpstorm

skill rubymine "RubyMine"
	kind ide
	source devicon simpleicons stackoverflow
	alias rubymine

skill clion "CLion"
	kind ide
	source devicon simpleicons stackoverflow
	alias clion

skill goland "GoLand"
	kind ide
	source devicon simpleicons stackoverflow
	alias goland

skill datagrip "DataGrip"
	kind ide
	source devicon simpleicons stackoverflow
	alias datagrip

skill rider "JetBrains Rider"
	kind ide
	source devicon simpleicons stackoverflow
	alias "jetbrains rider"
	# horse riders, bus riders, insurance riders
	ambiguous rider
	veto-before \b(?:horse|bike|motorcycle|dispatch|delivery|bus|transit|ride\s+share|rideshare|uber|lyft|insurance|policy|contract|easy|free|bmx|mountain|road|freedom|bull|rough|lead|pillion|motorbike)\s+$
	veto-line \b(?:horses?|equestrian|riding|insurance|polic(?:y|ies)|premiums?|underwrit\w*|passengers?|cycling)\b
	# a ride-hailing "rider app"
	veto-after ^\s+(?:apps?|and\s+driver|side|experience|safety|support)\b

skill android-studio "Android Studio"
	kind ide
	source devicon simpleicons stackoverflow
	alias "android studio"
	implies android-sdk mobile-development

skill xcode "Xcode"
	kind ide
	source onet devicon simpleicons stackoverflow esco
	alias xcode

skill eclipse "Eclipse IDE"
	kind ide
	source onet devicon simpleicons stackoverflow
	alias "eclipse ide" "eclipse rcp" "eclipse cdt" "eclipse pdt"
	# solar eclipses; the Eclipse Foundation's other projects
	ambiguous eclipse
	veto-before \b(?:solar|lunar|total|annular|partial|mitsubishi)\s+$
	veto-after ^\s+(?:glasses|viewing|photography|foundation|temurin|adoptium|jetty|glassfish|paho|mosquitto|openj9|collections)\b
	veto-line \b(?:solar|lunar|astronom\w*|telescopes?|totality)\b

skill netbeans "NetBeans"
	kind ide
	source devicon stackoverflow
	alias netbeans "apache netbeans"

skill vim "Vim"
	kind ide
	source devicon simpleicons stackoverflow
	alias neovim nvim "vim editor"
	# vim and vigour; Vim the dishwashing brand
	ambiguous vim
	veto-after ^\s+(?:and\s+vigou?r|dish\w*|bars?|liquid|soap)\b

skill emacs "Emacs"
	kind ide
	source devicon simpleicons stackoverflow
	alias emacs "gnu emacs" spacemacs

skill sublime-text "Sublime Text"
	kind ide
	source simpleicons stackoverflow
	alias "sublime text" sublimetext

skill atom "Atom (editor)"
	kind ide
	source devicon stackoverflow
	alias "atom editor" "atom ide" "github atom"

skill notepad-plus-plus "Notepad++"
	kind ide
	source simpleicons stackoverflow
	alias notepad++ "notepad plus plus"

skill jdeveloper "Oracle JDeveloper"
	kind ide
	source onet stackoverflow
	alias jdeveloper "oracle jdeveloper"

skill spring-tool-suite "Spring Tool Suite"
	kind ide
	source stackoverflow
	alias "spring tool suite" "spring tools suite"

skill qt-creator "Qt Creator"
	kind ide
	source stackoverflow
	alias "qt creator"

skill code-blocks "Code::Blocks"
	kind ide
	source simpleicons stackoverflow
	alias codeblocks

# ===========================================================================
# Libraries: Java and the JVM
# ===========================================================================

skill guava "Guava"
	kind library
	source stackoverflow
	alias "google guava" "guava library"
	# the fruit
	ambiguous guava
	veto-line \b(?:fruits?|juices?|jams?|orchards?|farm\w*|trees?|smoothies?|pastr(?:y|ies)|desserts?)\b
	implies java

skill apache-commons "Apache Commons"
	kind library
	source stackoverflow
	alias "apache commons" commons-lang commons-io "commons lang3"
	implies java

skill lombok "Project Lombok"
	kind library
	source stackoverflow
	alias "project lombok" "lombok annotations"
	# the Indonesian island
	ambiguous lombok
	veto-line \b(?:islands?|bali|indonesia|travel\w*|tour\w*|resorts?|hotels?|surf\w*|div(?:e|ing)|villas?|gili)\b
	implies java

skill mapstruct "MapStruct"
	kind library
	source stackoverflow
	alias mapstruct
	implies java

skill jackson "Jackson (JSON)"
	kind library
	source stackoverflow
	alias "jackson json" "fasterxml jackson" "jackson databind" "jackson library"
	implies java

skill gson "Gson"
	kind library
	source stackoverflow
	alias gson "google gson"
	implies java

skill log4j "Log4j"
	kind library
	source stackoverflow
	alias log4j log4j2 "apache log4j"
	implies java logging

skill slf4j "SLF4J"
	kind library
	source stackoverflow
	alias slf4j
	implies java logging

skill logback "Logback"
	kind library
	source stackoverflow
	alias logback
	implies java logging

skill netty "Netty"
	kind library
	source stackoverflow
	alias netty netty.io
	implies java

skill akka "Akka"
	kind library
	source devicon stackoverflow
	alias akka "akka http" "akka streams" "akka actors" "akka cluster"

skill project-reactor "Project Reactor"
	kind library
	source stackoverflow
	alias "project reactor" projectreactor
	implies java

skill rxjava "RxJava"
	kind library
	source stackoverflow
	alias rxjava rxjava2 rxjava3 rxandroid rxkotlin

skill quartz "Quartz Scheduler"
	kind library
	source stackoverflow
	alias "quartz scheduler" quartz.net "quartz job scheduler"
	implies background-jobs

skill apache-camel "Apache Camel"
	kind library
	source stackoverflow
	alias "apache camel" "camel routes"
	implies java

skill apache-poi "Apache POI"
	kind library
	source stackoverflow
	alias "apache poi"
	implies java

skill jsoup "jsoup"
	kind library
	source stackoverflow
	alias jsoup
	implies java

skill hystrix "Hystrix"
	kind library
	source stackoverflow
	alias hystrix "netflix hystrix"
	implies java

skill resilience4j "Resilience4j"
	kind library
	source common
	alias resilience4j
	implies java

skill openfeign "OpenFeign"
	kind library
	source stackoverflow
	alias openfeign "feign client" "netflix feign"
	implies java

skill eureka "Netflix Eureka"
	kind library
	source stackoverflow
	alias "netflix eureka" "eureka server" "eureka discovery"

skill zuul "Netflix Zuul"
	kind library
	source stackoverflow
	alias "netflix zuul" "zuul gateway" "zuul proxy"

skill javafx "JavaFX"
	kind library
	source stackoverflow
	alias javafx "java fx" openjfx
	implies java

skill swing "Java Swing"
	kind library
	source stackoverflow
	alias "jfc swing" "swing/awt"
	# golf swing, swing dance, swing shift, mood swings
	ambiguous swing
	veto-before \b(?:golf|mood|tennis|baseball|batting|pendulum|playground|porch|rope|tire|tyre|price|market|big|wide|full|back|in\s+full)\s+$
	veto-after ^\s*(?:dance|dancing|dancer|band|music|shifts?|trad(?:e|es|ing|er)|sets?|votes?|voters?|states?|coach|lessons?|analysis|speed|mechanics|by|into\s+action|low)\b
	alias "java swing" jfc/swing "swing gui" "swing ui"
	implies java

skill awt "Java AWT"
	kind library
	source stackoverflow
	alias awt
	alias "java awt" "abstract window toolkit"
	implies java

# ===========================================================================
# Libraries: Android and iOS
# ===========================================================================

skill retrofit "Retrofit"
	kind library
	source stackoverflow
	alias retrofit2 "retrofit 2" "square retrofit"
	# seismic and lighting retrofits
	ambiguous retrofit
	veto-after ^\s+(?:projects?|works?|of|programs?|programmes?|installations?|kits?|design|construction|upgrades?|packages?)\b
	veto-before \b(?:seismic|energy|lighting|led|building|hvac|structural|deep|window|facade|boiler|fleet|engine|vehicle|home)\s+$
	veto-line \b(?:seismic|hvac|structural|energy\s+efficiency|autocad|revit|led\s+lighting)\b

skill okhttp "OkHttp"
	kind library
	source stackoverflow
	alias okhttp okhttp3

skill dagger "Dagger"
	kind library
	source stackoverflow
	alias dagger2 "dagger 2" "google dagger"
	# the blade
	ambiguous dagger
	veto-before \bcloak\s+and\s+$
	veto-line \b(?:knives?|swords?|fencing|stage\s+combat|daggers|blades?|weapons?)\b

skill hilt "Hilt"
	kind library
	source common
	# to the hilt; a sword hilt
	ambiguous hilt
	veto-before \b(?:to\s+the|up\s+to\s+the|sword|knife)\s+$
	implies dagger

skill koin "Koin"
	kind library
	source common
	alias koin
	implies kotlin

skill glide "Glide (Android)"
	kind library
	source stackoverflow
	alias "bumptech glide" "glide image loading"

skill rxswift "RxSwift"
	kind library
	source stackoverflow
	alias rxswift rxcocoa
	implies swift

skill alamofire "Alamofire"
	kind library
	source stackoverflow
	alias alamofire
	implies swift

skill combine "Combine (Apple)"
	kind library
	source common
	alias "combine framework" "apple combine"
	# the verb, combine harvesters and the NFL Combine: only a name in a list
	# or a name the next word does not govern
	ambiguous combine
	veto-before ^[^\w]*$
	veto-before \b(?:to|and|i|we|you|they|can|could|will|would|should|must|help|helped|helps|helping|the|a)\s+$
	veto-after ^\s+(?!(?:and|framework|publishers?|subscribers?|operators?|pipelines?|v?\d)\b)[a-z]
	veto-line \b(?:harvesters?|grain|farm\w*|crops?|nfl|scouting|draft)\b
	implies swift

# ===========================================================================
# Libraries: .NET
# ===========================================================================

skill wpf "Windows Presentation Foundation"
	kind library
	source stackoverflow
	alias wpf "windows presentation foundation"
	implies dotnet

skill winforms "Windows Forms"
	kind library
	source stackoverflow
	alias winforms "windows forms" "win forms"
	implies dotnet

skill uwp "Universal Windows Platform"
	kind library
	source stackoverflow
	alias uwp "universal windows platform"

skill signalr "SignalR"
	kind library
	source stackoverflow
	alias signalr
	implies dotnet

skill automapper "AutoMapper"
	kind library
	source stackoverflow
	alias automapper "auto mapper"
	implies dotnet

skill mediatr "MediatR"
	kind library
	source stackoverflow
	alias mediatr
	implies dotnet

skill polly "Polly"
	kind library
	source stackoverflow
	alias "polly .net" "polly resilience"
	implies dotnet

skill hangfire "Hangfire"
	kind library
	source stackoverflow
	alias hangfire
	implies dotnet background-jobs

skill serilog "Serilog"
	kind library
	source stackoverflow
	alias serilog
	implies dotnet logging

skill nlog "NLog"
	kind library
	source stackoverflow
	alias nlog
	implies dotnet logging

skill log4net "log4net"
	kind library
	source stackoverflow
	alias log4net
	implies dotnet logging

skill json-net "Json.NET"
	kind library
	source stackoverflow
	alias json.net newtonsoft newtonsoft.json "newtonsoft json"
	implies dotnet

# ===========================================================================
# Libraries: Python, Ruby, PHP, Node.js
# ===========================================================================

skill celery "Celery"
	kind library
	source simpleicons stackoverflow
	alias "celery workers" "celery beat" "celery tasks" "python celery"
	# the vegetable
	ambiguous celery
	veto-line \b(?:vegetables?|salads?|soups?|carrots?|onions?|chopp\w*|dic(?:ed|ing)|kitchen|prep\s+cook|juices?|sticks|stalks?|garden\w*|harvest\w*|recipes?|allergens?)\b
	implies python background-jobs

skill pydantic "Pydantic"
	kind library
	source simpleicons
	alias pydantic
	implies python

skill beautifulsoup "Beautiful Soup"
	kind library
	source stackoverflow
	alias beautifulsoup beautifulsoup4 bs4 "beautiful soup"
	implies python

skill scrapy "Scrapy"
	kind library
	source simpleicons stackoverflow
	alias scrapy
	implies python

skill pyqt "PyQt"
	kind library
	source stackoverflow
	alias pyqt pyqt5 pyqt6 pyside pyside2 pyside6
	implies python

skill tkinter "Tkinter"
	kind library
	source stackoverflow
	alias tkinter
	implies python

skill kivy "Kivy"
	kind library
	source stackoverflow
	alias kivy
	implies python

skill sidekiq "Sidekiq"
	kind library
	source simpleicons stackoverflow
	alias sidekiq
	implies ruby background-jobs

skill resque "Resque"
	kind library
	source stackoverflow
	alias resque
	implies ruby background-jobs

skill passport-js "Passport.js"
	kind library
	source devicon stackoverflow
	alias passport.js passportjs "passport js"
	implies nodejs authentication

skill nodemailer "Nodemailer"
	kind library
	source stackoverflow
	alias nodemailer
	implies nodejs

skill multer "Multer"
	kind library
	source stackoverflow
	alias multer
	implies nodejs

skill bullmq "BullMQ"
	kind library
	source common
	alias bullmq "bull queue"
	implies nodejs background-jobs

# ===========================================================================
# Libraries: C, C++ and Rust
# ===========================================================================

skill boost "Boost C++ Libraries"
	kind library
	source simpleicons stackoverflow
	alias "boost c++" "c++ boost" "boost libraries" "boost library" boost.asio "boost asio"
	# the verb: boost sales, morale, engagement
	ambiguous boost
	veto-after ^\s+(?!(?:c\+\+|libraries|library|asio|python|spirit|graph|test|thread|filesystem|serialization|beast|v?\d)\b)[a-z]
	veto-before \b(?:to|helped|help|helps|helping|will|can|could|would|immune|energy|confidence|morale|significant|major|huge|big|sales|revenue|a)\s+$
	implies cpp

skill stl "C++ Standard Template Library"
	kind library
	source stackoverflow
	alias "c++ stl" "standard template library"
	# St. Louis; STL files for 3-D printing
	ambiguous stl
	veto-after ^\s*(?:,\s*)?(?:mo|missouri|area|metro|cardinals|blues|city|county|airport|files?|formats?|models?|meshes?|exports?)\b
	veto-line \b(?:3d\s+print\w*|cad|solidworks|fusion\s+360|slicer|stereolithography|missouri|st\.?\s+louis)\b
	implies cpp

skill qt "Qt"
	kind library
	source devicon simpleicons stackoverflow
	alias "qt framework" qt5 qt6 "qt 5" "qt 6" "qt widgets" "qt quick"
	# also a quart
	ambiguous qt
	veto-after ^\s+(?:of|intervals?|prolongation|syndrome|interval)\b
	veto-before \b(?:\d+|a|per|one|two|half)\s+$
	veto-line \b(?:ecg|ekg|cardiac|patients?|quarts?|gallons?)\b
	implies cpp

skill gtk "GTK"
	kind library
	source simpleicons stackoverflow
	alias gtk gtk+ gtk3 gtk4 gtkmm

skill wxwidgets "wxWidgets"
	kind library
	source stackoverflow
	alias wxwidgets wxpython

skill mfc "Microsoft Foundation Classes"
	kind library
	source stackoverflow
	alias "microsoft foundation classes" "mfc c++" "visual c++ mfc"
	ambiguous mfc
	veto-line \b(?:printers?|copiers?|fax|toner|football|soccer|microbial|fuel\s+cells?|manchester)\b
	implies cpp

skill tokio "Tokio"
	kind library
	source simpleicons
	alias tokio "tokio rs"
	implies rust

skill serde "Serde"
	kind library
	source stackoverflow
	alias serde serde_json
	implies rust

# ===========================================================================
# More web frameworks, libraries, IDEs and testing tools
# ===========================================================================

# Classic ASP (Active Server Pages).  ASP is also an application service
# provider and an average selling price; ASP.NET is its own token.
skill asp-classic "Classic ASP"
	kind framework-backend
	source onet linguist stackoverflow
	alias "classic asp" "asp classic" "active server pages" "asp 3.0" "asp/vbscript" "asp vbscript"
	ambiguous asp
	veto-after ^\s*(?:model|models|providers?|hosting|licen[cs]es?|price|pricing|increase|growth)\b
	veto-line \b(?:application\s+service\s+providers?|average\s+selling\s+prices?|asp\s*/\s*(?:arr|acv|aov)|snakes?|viper|cleopatra)\b
skill lamp "LAMP stack"
	kind framework-backend
	source onet stackoverflow
	alias "lamp stack" "lamp stacks" "lamp development" "lamp environment" "lamp server"
	# a lamp is a light
	ambiguous lamp
	veto-before \b(?:desk|floor|table|heat|uv|oil|kerosene|street|reading|bedside|lava|salt|led|halogen|magic)\s+$
	veto-after ^\s*(?:posts?|shades?|bulbs?|oil|lights?|lighting|repairs?|fixtures?|store|shop)\b
	veto-line \b(?:lighting|luminaires?|electrician|bulbs?|lamps)\b
	implies linux apache-httpd mysql
skill sapui5 "SAPUI5 / OpenUI5"
	kind framework-frontend
	source stackoverflow
	alias sapui5 openui5 "sap ui5" "sap ui 5" "sap fiori elements"
	implies javascript
skill webwork "WebWork"
	kind framework-backend
	source stackoverflow
	alias webwork "opensymphony webwork"
	implies java
skill cegui "CEGUI"
	kind library
	source stackoverflow
	alias cegui "crazy eddie's gui"
	implies cpp
skill raknet "RakNet"
	kind library
	source stackoverflow
	alias raknet
	implies cpp
skill unittest-cpp "UnitTest++"
	kind testing
	source stackoverflow
	alias unittest++ "unit test++" unittestpp
	implies cpp testing
skill htmltestrunner "HTMLTestRunner"
	kind testing
	source common
	alias htmltestrunner
	implies python testing
skill easymock "EasyMock"
	kind testing
	source stackoverflow
	alias easymock
	implies java testing
skill butterknife "Butter Knife"
	kind library
	source stackoverflow
	alias butterknife "butter knife library"
skill picasso "Picasso (Android)"
	kind library
	source stackoverflow
	alias "picasso library" "android picasso" "square picasso"
	# the painter
	ambiguous picasso
	veto-before \b(?:pablo|museo|museum|musée)\s+$
	veto-after ^\s*(?:museum|paintings?|exhibition|prints?|'s|s\s+(?:guernica|paintings?))\b
	veto-line \b(?:pablo|paintings?|painter|cubism|artists?|exhibitions?|gallery|galleries)\b
skill volley "Volley (Android)"
	kind library
	source stackoverflow
	alias "android volley" "volley library" "google volley"
	# volleyball, a volley of shots
	ambiguous volley
	veto-after ^\s*(?:of|ball|balls|team|club|tennis|shots?|fire)\b
	veto-line \b(?:volleyball|tennis|sports?|coach|coaching|fire)\b
skill jaxb "JAXB"
	kind library
	source stackoverflow
	alias jaxb "jaxb2" "java architecture for xml binding"
	implies java xml
skill jta "JTA"
	kind library
	source stackoverflow
	alias jta "java transaction api"
	implies java
skill javamail "JavaMail"
	kind library
	source common
	alias javamail "java mail api" "javamail api" "jakarta mail"
	implies java
skill jdom "JDOM"
	kind library
	source stackoverflow
	alias jdom jdom2
	implies java xml
skill xmlbeans "Apache XMLBeans"
	kind library
	source stackoverflow
	alias xmlbeans xmlbean "apache xmlbeans"
	implies java xml
skill castor "Castor (Java)"
	kind orm
	source stackoverflow
	alias "castor xml" "castor jdo" "exolab castor"
	# castor oil, the Castor and Pollux twins
	ambiguous castor
	veto-after ^\s*(?:oil|beans?|seeds?|plants?|and\s+pollux|wheels?|sugar)\b
	implies java
skill sax "SAX (XML parser)"
	kind library
	source common
	alias "sax parser" "sax parsing" "sax api" "simple api for xml"
	# the saxophone
	ambiguous sax
	veto-after ^\s*(?:player|players|solo|solos|section|quartet|lessons?|music)\b
	veto-line \b(?:saxophones?|jazz|band|music|alto|tenor|baritone|soprano)\b
	implies xml
skill expat "Expat (XML parser)"
	kind library
	source common
	alias "expat xml" "libexpat" "expat parser"
	# an expatriate
	ambiguous expat
	veto-after ^\s*(?:community|communities|life|living|package|packages|assignments?|families|family|workers?|staff|employees?|allowance|benefits|tax|teachers?|in|living)\b
	veto-line \b(?:expatriates?|relocation|overseas|abroad|visa)\b
	implies xml
skill javacc "JavaCC"
	kind build
	source stackoverflow
	alias javacc "java compiler compiler"
	implies java
skill activex "ActiveX"
	kind library
	source onet stackoverflow
	alias activex "activex controls" "activex control" "activex components" "ms activex"
skill win32-api "Win32 API"
	kind library
	source stackoverflow
	alias win32 "win32 api" "win32 sdk" winapi "windows api" "win api" "windows sdk" "platform sdk"
	alias win64 "win32/64"
skill winsock "Winsock"
	kind library
	source stackoverflow
	alias winsock winsock2 "winsock api" "windows sockets"
skill vsto "Visual Studio Tools for Office (VSTO)"
	kind library
	source stackoverflow
	alias vsto "visual studio tools for office"
	implies dotnet
skill myeclipse "MyEclipse"
	kind ide
	source stackoverflow
	alias myeclipse
	implies java
skill jbuilder "JBuilder"
	kind ide
	source onet stackoverflow
	alias jbuilder "borland jbuilder" "embarcadero jbuilder"
	implies java
skill pydev "PyDev"
	kind ide
	source stackoverflow
	alias pydev
	implies python
skill ultraedit "UltraEdit"
	kind ide
	source onet stackoverflow
	alias ultraedit
skill rational-rose "IBM Rational Rose"
	kind ide
	source onet stackoverflow
	alias "rational rose" "ibm rational rose" "rational rose xde" "rose xde"
	implies uml
skill jboss-developer-studio "JBoss Developer Studio"
	kind ide
	source common
	alias "jboss developer studio" "red hat jboss developer studio" "jboss tools"
	implies java
skill embedded-visual-cpp "eMbedded Visual C++"
	kind ide
	source common
	alias "embedded visual c++" evc++ "evc 4.0" "embedded vc++"
	implies cpp
# HP Quality Center / ALM (formerly Mercury TestDirector).  "Quality
# center" and "test director" are also a department and a job title.
skill hp-alm "HP ALM / Quality Center"
	kind testing
	source onet stackoverflow
	alias "hp quality center" "hp alm" "hp qc" hpqc "micro focus alm" "alm quality center"
	alias "mercury quality center" "hp application lifecycle management" testdirector
	alias "mercury test director" "hp test director" "mercury testdirector" "hp testdirector"
	alias "qc alm" "alm/qc" "qc/alm"
	ambiguous "quality center" "test director"
	veto-before \b(?:customer|supplier|regional|global|national|senior|associate|assistant|appointed)\s+$
	veto-after ^\s*(?:of|for|at|manager|staff|team|lab|labs|laborator(?:y|ies)|inspections?)\b
	implies testing
skill winrunner "WinRunner"
	kind testing
	source onet
	alias winrunner "win runner" "hp winrunner" "mercury winrunner"
	implies testing
skill pmd "PMD"
	kind testing
	source stackoverflow
	alias "pmd static analysis" "pmd plugin"
	# premenstrual dysphoric disorder
	ambiguous pmd
	veto-line \b(?:premenstrual|dysphoric|disorders?|patients?|clinical|symptoms?|diagnos\w*|psychiatr\w*)\b
	implies java
skill findbugs "FindBugs / SpotBugs"
	kind testing
	source stackoverflow
	alias findbugs spotbugs
	implies java
skill fp-ts "fp-ts / io-ts"
	kind library
	source common
	alias "fp ts" "io ts"
skill java-me "Java ME (J2ME)"
	kind framework-mobile
	source stackoverflow
	alias j2me "java me" "java micro edition" "java 2 micro edition" midp
	implies java
skill jni "Java Native Interface (JNI)"
	kind library
	source stackoverflow
	alias jni "java native interface"
	implies java
skill javabeans "JavaBeans"
	kind library
	source stackoverflow
	alias javabeans "java beans" "java bean"
	implies java
skill apache-httpclient "Apache HttpClient"
	kind library
	source stackoverflow
	alias httpclient "apache httpclient" "apache http client"
	implies java
skill windbg "WinDbg"
	kind ide
	source stackoverflow
	alias windbg "debugging tools for windows" debugview
skill nwds "SAP NetWeaver Developer Studio"
	kind ide
	source common
	alias nwds "netweaver developer studio" "sap netweaver developer studio"
	implies java
skill xpediter "Compuware Xpediter"
	kind ide
	source common
	alias xpediter xpeditor "compuware xpediter"
