# gapcheck technology catalogue: programming languages, markup and data
# formats, protocols and API styles (see gapcheck-lexicon(5)).
#
# Kinds: language, markup, protocol.  Sources name where each name is
# attested (GitHub linguist, Stack Overflow tags, O*NET 29.2, devicon,
# Simple Icons, ESCO); "common" marks names taken from everyday resume and
# job-ad usage.  Only facts (names, spellings) come from those lists.
#
# Seven languages and a few protocols already live in the backend role
# (python java go nodejs rust javascript sql graphql oauth jwt): their
# entries here reuse the role's ids and add only spellings the role lacks;
# their context rules stay in the role.
#
# Names that are also ordinary words, people's names or other trades'
# terms (C, R, Swift, Ruby, Julia, Scheme, Less, SOAP, Markdown ...) are
# ambiguous: they count only in technical context.  Their vetoes cover the
# senses that show up in real resumes (grades, vitamins, singers, retail
# markdowns, pension schemes, hand soap ...); tests/lexicon/catalogue/
# languages.tsv holds a yes and a no line for every one of them.

# ===========================================================================
# Languages of the backend role: same ids, extra spellings only.
# ===========================================================================

skill python "Python"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias pypy jython ironpython "python programming" "python scripting"

skill java "Java"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "java 1.4" "java 1.5" "java 1.6" "java 1.7" "java 1.8" j2se "j2se 5" "j2se 1.4" "j2se 1.5"
	alias jdk openjdk jee "oracle java"

skill go "Go"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons

skill nodejs "Node.js"
	kind language
	tag server-language
	source onet stackoverflow devicon simpleicons
	implies javascript

skill rust "Rust"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons

skill javascript "JavaScript"
	kind language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "java script" "vanilla js" "vanilla javascript" vanillajs "ecma script" jscript
	alias es5 es2015 es2016 es2017 es2018 es2019 es2020 "es6+" "ecmascript 6" "ecmascript 2015"

# T-SQL ("t sql") is a spelling of the role's sql; its other spellings
# join it here rather than making a separate entry.
skill sql "SQL"
	kind language
	source linguist onet stackoverflow esco
	alias tsql "transact sql" "ansi sql"

# ===========================================================================
# JVM and .NET languages
# ===========================================================================

skill typescript "TypeScript"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias typescript "type script"
	implies javascript

skill kotlin "Kotlin"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons
	alias kotlin "kotlin lang"

skill scala "Scala"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "scala lang" "scala programming"
	ambiguous scala
	# La Scala, the opera house
	veto-before \bla\s+$
	veto-after ^\s+(?:opera|theatre|theater)\b

skill groovy "Groovy"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "apache groovy" "groovy scripts" "groovy scripting"
	ambiguous groovy
	veto-before \b(?:so|very|really|pretty|totally|feeling|feel|funky)\s+$
	veto-after ^\s+(?:music|tunes|vibes?|beats|moves|bar|grill|cafe|kitchen|baby)\b

skill clojure "Clojure"
	kind language
	tag server-language
	source linguist stackoverflow devicon simpleicons
	alias clojure

skill clojurescript "ClojureScript"
	kind language
	source stackoverflow devicon
	alias clojurescript cljs
	implies clojure

# C# and F# are also musical keys: "Sonata in C# minor".
skill csharp "C#"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon esco
	alias c# csharp "c sharp" "visual c#" "c# .net"
	veto-after ^\s+(?:major|minor|maj|min|dim|aug|chord|scale)\b

skill fsharp "F#"
	kind language
	tag server-language
	source linguist stackoverflow devicon simpleicons
	alias f# fsharp "visual f#"
	veto-after ^\s+(?:major|minor|maj|min|dim|aug|chord|scale)\b
	implies dotnet

skill vbnet "VB.NET"
	kind language
	tag server-language
	source linguist onet stackoverflow esco
	alias vb.net vbnet "vb .net" "visual basic .net" "visual basic.net"
	implies dotnet

# Classic Visual Basic (VB6) and the word "Visual Basic" on its own.
skill visual-basic "Visual Basic"
	kind language
	source linguist onet stackoverflow devicon esco
	alias "vb 6.0" vb6.0 "visual basic 5" "visual basic 5.0" "ms visual basic" "microsoft visual basic"
	# "VB" alone: a two-letter abbreviation
	ambiguous vb
	alias "visual basic" vb6 "vb 6" "visual basic 6" "visual basic 6.0"

skill vba "VBA"
	kind language
	source linguist onet stackoverflow
	alias vba "visual basic for applications" "vba macros" "vba scripting"

skill vbscript "VBScript"
	kind language
	source linguist onet stackoverflow esco
	alias "ms vbscript"
	# .vbs files; VBS is also Vacation Bible School
	ambiguous vbs
	veto-line \b(?:bible|vacation|church|ministry|sunday\s+school)\b
	alias vbscript "vb script"

skill powershell "PowerShell"
	kind language
	source linguist onet stackoverflow devicon
	alias powershell pwsh "power shell" "windows powershell" "powershell core" "powershell scripting"

skill x-plus-plus "X++"
	kind language
	source stackoverflow
	alias x++

# ===========================================================================
# C family and systems languages
# ===========================================================================

# "C" is a grade, a vitamin, a class of licence, a hepatitis, a section;
# in a skills line or next to C++ it is the language.
skill c "C"
	kind language
	source linguist onet stackoverflow devicon simpleicons
	alias "ansi c" "c programming" "c language" "c programming language" "embedded c" "misra c"
	alias c89 c99 c11
	ambiguous c
	veto-before \b(?:grade|grades|vitamin|vit|hepatitis|hep|type|class|section|part|plan|level|category|cat|size|cup|unit|block|building|bldg|wing|ward|tier|schedule|form|exhibit|appendix|annex|option|division|series|model|suite|room|gate|pier|dock|zone|shift|route|row|bay|lot|battery|batteries|usb|phase|step|item|question|chapter|volume|figure|table|paragraph|clause|article|box|rank|tranche|squad|company|platoon|troop|battalion)\s*[:#]?\s*$
	# "A, B, C", a temperature "20 C"
	veto-before \b[ab][+-]?\s*(?:,|/|\band\b|\bor\b)\s*$
	veto-before \d\s*°?\s*$
	veto-after ^\s*(?:grade|grades|average|corp|corporation|level|levels|suite|section|sections|license|licence|class|rating|battery|batteries|cable|cables|port|ports|connector|charger|diff|difficile|reactive|peptide|and\s+above|or\s+(?:better|higher|above))\b
	veto-after ^\s*(?:/\s*o\b|-(?:\s|$))
	# "Salary: c.£75-85K": circa
	veto-after ^\.\s*[£$€]?\d

skill cpp "C++"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias c++ cpp cplusplus "c plus plus" "visual c++" vc++ "modern c++" "embedded c++"
	alias "c++ 11" "c++ 14" "c++ 17" "c++ 20" "c++ 23" "c++/cli" "managed c++"

skill objective-c "Objective-C"
	kind language
	source linguist onet stackoverflow devicon esco
	alias "objective c" objc "obj c" objectivec

skill objective-cpp "Objective-C++"
	kind language
	source linguist stackoverflow
	alias "objective c++" "obj c++" objc++
	implies objective-c cpp

skill swift "Swift"
	kind language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "swift programming" "swift language" "swift lang" "apple swift" "swift 5"
	ambiguous swift
	# the singer and the satirist, the trucking company, the car
	veto-before \b(?:taylor|jonathan|suzuki)\s+$
	# "swift response", "swift and accurate"; SWIFT the bank network
	veto-after ^\s+(?:response|responses|action|actions|resolution|turnaround|delivery|execution|recovery|decisions?|manner|progress|transition|results?|implementation|completion|return|service|attention|adoption|payments?|transfers?|wires?|messages?|messaging|mt\d*|mx|codes|network|gpi|bic|alliance|transportation|trucking|river|current|creek)\b
	veto-after ^\s+and\s+(?:accurate|efficient|effective|professional|decisive|courteous|thorough|safe|timely)\b
	veto-line \b(?:wire\s+transfers?|fedwire|iban|remittances?|correspondent\s+bank\w*|letters?\s+of\s+credit|trade\s+finance|sepa|chaps)\b

skill dart "Dart"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias "dart lang" dartlang "dart programming" "dart language"
	ambiguous dart
	# the pub game; DART, the Dallas transit agency
	veto-after ^\s+(?:board|boards|league|leagues|team|players?|tournaments?|gun|guns|frog|bus|buses|rail|train|trains|transit|station|operators?|container|charts?|throwing)\b
	veto-line \b(?:dallas|bus\s+operators?|transit)\b

skill d-lang "D"
	kind language
	source linguist stackoverflow simpleicons
	alias dlang "d language" "d programming language" "d programming"

skill zig "Zig"
	kind language
	source linguist devicon simpleicons
	alias ziglang "zig lang" "zig language"
	ambiguous zig
	veto-after ^\s+ziglar\b

skill nim "Nim"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias nimlang "nim lang" "nim language"
	ambiguous nim
	# AIX's Network Installation Manager
	veto-after ^\s+(?:server|master|client|game)\b
	veto-line \baix\b

skill crystal "Crystal"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias "crystal lang" "crystal language"
	ambiguous crystal
	veto-before \b(?:ms|mrs|miss|dr|swarovski|waterford|quartz|liquid|single|ice|lead|cut|clear|rock)\.?\s+$
	# a first name, Crystal Reports, crystal glass
	veto-after ^\s+(?!(?:and|or|for|to|in|with|on|at|as|via|from|programming|programmer|language|lang|code|coding|developer|development|shards?|\d)\b)[a-z]{2,}\b

skill assembly "Assembly language"
	kind language
	source linguist onet stackoverflow esco
	alias "assembly language" "assembly programming" nasm masm hlasm "x86 assembly" "arm assembly"
	alias "mips assembly" "ibm assembler" "mainframe assembler" "assembler language"
	ambiguous assembly assembler
	veto-before \b(?:line|final|sub|general|product|mechanical|electrical|electronic|electronics|pcb|cable|wire|harness|furniture|vehicle|aircraft|engine|module|kit|parts?|component|manual|scaffold|scaffolding|school|student|morning|town|community|legislative|state|national|constituent|bike)\s+$
	veto-after ^\s+(?:line|lines|workers?|technicians?|operators?|plants?|halls?|instructions?|drawings?|members?|elections?|districts?|of|i|ii|iii|iv|[1-4]|position|and\s+(?:testing|packaging|disassembly|inspection))\b
	veto-line \b(?:forklift|manufactur\w*|warehouse|production\s+lines?|torque|soldering|blueprints?|furniture)\b

skill webassembly "WebAssembly"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias webassembly wasm "web assembly"

skill cuda "CUDA"
	kind language
	source linguist stackoverflow esco
	alias cuda "cuda c" "cuda c++" "nvidia cuda"

skill opencl "OpenCL"
	kind language
	source linguist stackoverflow devicon
	alias opencl

skill glsl "GLSL"
	kind language
	source linguist stackoverflow
	alias glsl "opengl shading language"

skill hlsl "HLSL"
	kind language
	source linguist onet stackoverflow
	alias hlsl "high level shading language"

skill wgsl "WGSL"
	kind language
	source linguist
	alias wgsl

# ===========================================================================
# Scripting languages
# ===========================================================================

skill php "PHP"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias php4 "php 4" php3
	alias php php5 php7 php8 "php 5" "php 7" "php 8"
	# the Philippine peso: "PHP 35,000 a month", "25,000 PHP"
	veto-after ^\s*\d{1,3}(?:,\d{3})+|^\s*\d{2,}
	veto-before \d[\d,.]*\s*$

skill hack "Hack"
	kind language
	tag server-language
	source linguist stackoverflow
	alias hacklang "hack lang" "hack language" hhvm

skill ruby "Ruby"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "ruby lang" "ruby programming" "ruby language" jruby
	ambiguous ruby
	veto-before \b(?:ms|mrs|miss|dr|aunt|sister|mother|grandma|named)\.?\s+$
	# a first name, Ruby Tuesday, ruby red, ruby anniversaries
	veto-after ^\s+(?!(?:and|or|on|for|to|in|with|at|as|via|from|developer|developers|development|engineer|engineers|programming|programmer|language|lang|code|codebase|coding|scripts?|scripting|gems?|apps?|applications?|services?|backend|stack|\d)\b)[a-z]{2,}\b

skill perl "Perl"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias perl perl5 "perl 5" "perl scripting" "perl scripts"

skill raku "Raku"
	kind language
	source linguist
	alias "raku lang" "perl 6" perl6
	ambiguous raku
	veto-before \b(?:pottery|ceramic|ceramics)\s+$
	veto-after ^\s+(?:pottery|firing|fired|kiln|glaze|glazes|ceramics?|vessels?|workshops?)\b

skill lua "Lua"
	kind language
	source linguist onet stackoverflow devicon simpleicons
	alias lua luajit

skill tcl "Tcl"
	kind language
	source linguist onet stackoverflow
	alias "tcl/tk" "tcl tk" tcltk
	ambiguous tcl
	# TCL the electronics brand; Trinity College London music grades
	veto-after ^\s+(?:tv|tvs|televisions?|electronics|corporation|phones?|grade|grades|exams?|certificates?|diploma)\b
	veto-line \b(?:piano|violin|guitar|trinity\s+college|singing|musical\s+theatre)\b

skill awk "AWK"
	kind language
	source linguist onet stackoverflow devicon
	alias awk gawk

skill sed "sed"
	kind language
	source linguist stackoverflow
	alias "gnu sed"
	ambiguous sed
	# special education
	veto-after ^\s+(?:students?|classrooms?|program|programs|teachers?|units?)\b
	veto-line \b(?:special\s+ed\w*|iep|ieps|students?)\b

skill regex "Regular expressions"
	kind language
	source linguist stackoverflow
	alias regex regexes regexp "regular expressions" "regular expression"

skill applescript "AppleScript"
	kind language
	source linguist onet stackoverflow
	alias applescript "apple script"

skill autohotkey "AutoHotkey"
	kind language
	source linguist stackoverflow simpleicons
	alias autohotkey ahk

skill autoit "AutoIt"
	kind language
	source linguist stackoverflow simpleicons
	alias autoit

skill coffeescript "CoffeeScript"
	kind language
	source linguist stackoverflow devicon simpleicons esco
	alias coffeescript "coffee script"
	implies javascript

skill actionscript "ActionScript"
	kind language
	source linguist onet stackoverflow
	alias "actionscript 2" "actionscript 2.0" actionscript2 as2
	alias actionscript "action script" as3 actionscript3 "actionscript 3" "actionscript 3.0"

skill haxe "Haxe"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias haxe

# JavaScript runtimes beside Node.js
skill deno "Deno"
	kind language
	tag server-language
	source devicon simpleicons
	alias deno
	implies javascript

skill bun "Bun"
	kind language
	tag server-language
	source devicon simpleicons
	alias "bun.js" bunjs "bun runtime"
	ambiguous bun
	veto-before \b(?:hamburger|burger|hot\s+dog|hot\s+cross|sticky|cinnamon|steamed|bao|brioche|sweet|honey|messy|top|low|high)\s+$
	veto-after ^\s+(?:buns|bread|burgers?|rolls?|hair|hairstyle|sandwich|toaster)\b
	veto-line \b(?:bak\w*|kitchen|food|cook\w*|menus?|hair\w*|salon)\b
	implies javascript

skill cython "Cython"
	kind language
	source linguist stackoverflow
	alias cython
	implies python

# ===========================================================================
# Shells
# ===========================================================================

# "bash" is also a party: "organised the annual holiday bash".
skill bash "Bash"
	kind language
	source linguist onet stackoverflow devicon simpleicons
	alias "bash scripting" "bash scripts" "bash script" "bash shell" "gnu bash"
	ambiguous bash
	veto-before \b(?:holiday|christmas|birthday|annual|summer|company|office|staff|retirement|charity|fundraising|fundraiser|anniversary|launch|big|year\s+end|end\s+of\s+year)\s+$
	veto-after ^\s+(?:party|parties|event|events|celebration|night)\b
	implies shell-scripting

skill shell-scripting "Shell scripting"
	kind language
	source linguist onet stackoverflow
	# "Shell" alone in a skills list; also the oil company, a sea shell, a
	# shell company, an egg shell
	ambiguous shell
	veto-before \b(?:royal\s+dutch|sea|egg|nut|hard|soft|outer|oyster|clam|snail|turtle|taco|pie|pastry|bullet|artillery|tank|mortar|shotgun|empty|offshore|gas|petrol)\s+$
	veto-after ^\s*(?:oil|plc|energy|gas|petroleum|chemicals?|global|international|canada|usa|uk|nederland|stations?|eggs?|fish|shock|shocked|compan(?:y|ies)|corporations?|game|games|out|casings?|homes?|collection|jewelry|beach|helix|rotterdam|pernis|scotford|deer\s+park)\b
	veto-line \b(?:shell\s+(?:oil|plc|energy|gas|petroleum|global)|royal\s+dutch\s+shell|seashells?|shellfish|petrol|refinery|refineries)\b
	alias "shell scripting" "shell scripts" "shell script" "unix shell" "linux shell" "shell programming"
	alias "unix scripting" "linux scripting" "posix shell" "bourne shell" "unix shell scripting"

skill zsh "Zsh"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias zsh "z shell"
	implies shell-scripting

skill korn-shell "Korn shell"
	kind language
	source onet stackoverflow esco
	alias ksh "korn shell" kornshell
	implies shell-scripting

skill c-shell "C shell"
	kind language
	source linguist onet stackoverflow
	alias csh tcsh "c shell"
	implies shell-scripting

skill fish-shell "fish shell"
	kind language
	source linguist stackoverflow simpleicons
	alias "fish shell"
	implies shell-scripting

skill batch "Windows batch scripting"
	kind language
	source linguist stackoverflow
	alias "batch scripting" "batch scripts" "batch script" "batch files" "batch file" "windows batch" "cmd scripting"

# ===========================================================================
# Functional languages
# ===========================================================================

skill haskell "Haskell"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "haskell programming"
	ambiguous haskell
	# a surname; Haskell Indian Nations University
	veto-before \b(?:mr|mrs|ms|dr|prof|eddie)\.?\s+$
	veto-after ^\s+(?:indian|university|nations|county|corp\w*|company|invitational)\b

skill ocaml "OCaml"
	kind language
	tag server-language
	source linguist onet stackoverflow devicon simpleicons
	alias ocaml "objective caml"

skill elixir "Elixir"
	kind language
	tag server-language
	source linguist stackoverflow devicon simpleicons
	alias "elixir lang" "elixir programming" "elixir language"
	ambiguous elixir
	veto-before \b(?:herbal|magic|magical|cough|love|healing|youth)\s+$
	veto-after ^\s+(?:of|strings|pharmacy|bar|lounge|salon|spa|cocktails?|juices?|tea)\b

# Erlang is also the unit of telephone traffic: "Erlang C staffing".
skill erlang "Erlang"
	kind language
	tag server-language
	source linguist stackoverflow devicon simpleicons esco
	alias "erlang/otp" "erlang otp"
	ambiguous erlang
	veto-after ^\s+(?:[bc]|formula|calculations?|calculators?|distribution|units?|model|models|tables?)\b
	veto-line \b(?:call\s+cent(?:er|re)s?|contact\s+cent(?:er|re)s?|workforce\s+management|staffing\s+model\w*|forecasting\s+(?:call|contact))\b


skill elm "Elm"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias "elm lang" "elm language"
	ambiguous elm
	veto-before \b(?:dutch|american|english|slippery|siberian|chinese)\s+$
	veto-after ^\s+(?:street|st|avenue|ave|road|rd|drive|lane|ln|court|ct|trees?|wood|park|grove|bark|leaves|disease|city|school|elementary|middle|high|creek|hill|place)\b

skill purescript "PureScript"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias purescript

skill reasonml "ReasonML"
	kind language
	source linguist stackoverflow simpleicons
	alias reasonml "reason ml"

skill rescript "ReScript"
	kind language
	source linguist simpleicons
	alias rescript

skill standard-ml "Standard ML"
	kind language
	source linguist stackoverflow
	alias "standard ml" "sml/nj" mlton

skill lisp "Lisp"
	kind language
	source linguist onet stackoverflow simpleicons esco
	alias "common lisp" "lisp programming" sbcl
	ambiguous lisp
	# the speech impediment, on a speech-language pathologist's resume
	veto-before \b(?:frontal|lateral|interdental|palatal|dentalized|slight|speech|mild)\s+$
	veto-after ^\s+(?:therapy|correction|disorders?)\b
	veto-line \b(?:articulation|speech\s+(?:therapy|patholog\w*|language)|stutter\w*|phonolog\w*|fluency\s+disorders?)\b

skill emacs-lisp "Emacs Lisp"
	kind language
	source linguist stackoverflow esco
	alias elisp "emacs lisp"
	implies lisp

skill autolisp "AutoLISP"
	kind language
	source stackoverflow
	alias autolisp "auto lisp" "visual lisp"

# "Scheme" is far more often a pension, graduate or colour scheme.
skill scheme "Scheme"
	kind language
	source linguist onet stackoverflow
	alias "mit scheme" "chez scheme" "gnu guile" "scheme programming"
	ambiguous scheme
	veto-before \b(?:pension|incentive|graduate|apprenticeship|mentoring|mentorship|bonus|loyalty|rewards?|referral|training|colou?r|naming|classification|numbering|insurance|savings|share|investment|ponzi|pyramid|retirement|benefits?|the|a|an|this|our|new|national|government|council|housing|payments?|compensation|placement|buddy|volunteer|pilot|recognition|rating|grading|marking|lighting|planting|work|rota|internship|trainee|fellowship|scholarship|bursary|encryption|signature|authentication|url|uri|database|partition\w*|versioning|addressing|pricing|commission)\s+$
	veto-after ^\s+(?:of|for|to|members?|managers?|administrators?|administration|design|rules|participants|launch|budget|funding|funded)\b

skill racket "Racket"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias "racket lang" "racket language"
	ambiguous racket
	veto-before \b(?:tennis|squash|badminton|racquetball|protection|extortion|numbers|a\s+lot\s+of|such\s+a)\s+$
	veto-after ^\s+(?:sports?|stringing|strings|club)\b

skill prolog "Prolog"
	kind language
	source linguist onet stackoverflow devicon esco
	alias "swi prolog" "gnu prolog" "prolog programming"
	ambiguous prolog

skill smalltalk "Smalltalk"
	kind language
	source linguist onet stackoverflow esco
	alias pharo visualworks "squeak smalltalk"
	ambiguous smalltalk
	veto-before \b(?:polite|make|making|made|casual|friendly|engaging\s+in|engage\s+in|engaged\s+in|idle)\s+$
	veto-after ^\s+with\s+(?:customers|guests|clients|patrons|patients|visitors|residents)\b

# Proof assistants and specification languages
skill coq "Coq"
	kind language
	source linguist stackoverflow
	alias "coq proof assistant" rocq
	ambiguous coq
	veto-after ^\s+au\b

skill lean "Lean 4"
	kind language
	source linguist stackoverflow
	alias lean4 "lean prover" "lean theorem prover"

skill agda "Agda"
	kind language
	source linguist stackoverflow
	alias agda

skill idris "Idris"
	kind language
	source linguist stackoverflow
	alias idris2 "idris lang"

skill tla-plus "TLA+"
	kind language
	source stackoverflow
	alias tla+ "tla plus" tlaplus

# ===========================================================================
# Scientific and numerical languages
# ===========================================================================

# "R" is a letter, a rating, R&D (split by the generic veto on "&"),
# R-value and R-squared; in a skills line, next to Python, or written
# "in R", it is the language.
skill r "R"
	kind language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "r programming" "r language" "r lang" "gnu r" "r scripts" "r script" "r scripting"
	alias "r markdown" rmarkdown rscript cran
	ambiguous r
	veto-before \b(?:rated|type|class|section|part|plan|schedule|form|exhibit|appendix|annex|option|block|building|wing|ward|tier|size|model|series|unit|level|category|cat|mr|dr|mrs|ms|prof|grade|row|bay|zone|route)\.?\s*[:#]?\s*$
	veto-after ^\s*(?:rated|value|values|factor|squared|square|and\s+d|corporation|corp|series|class|type)\b
	# initials in citations and names: "Akella, R. (2013)", "R. A. Smith",
	# "Computers R Us"; a phone number's "(R)" for residence
	veto-after ^\s*\.\s*(?:[a-z]\.|\(?(?:19|20)\d\d)
	veto-after ^\s+us\b
	veto-before \d\s*\(\s*$
	# a registered mark: "Microsoft(R) Excel"
	veto-line [a-z]\(r\)

# Julia is a first name far more often than a language.
skill julia "Julia"
	kind language
	source linguist onet stackoverflow devicon simpleicons
	alias julialang "julia lang" "julia language" "julia programming"
	ambiguous julia
	veto-before \b(?:ms|mrs|miss|dr|aunt|sister|saint|st|queen|princess)\.?\s+$
	veto-after ^\s+(?!(?:and|or|for|to|in|with|on|at|as|via|from|programming|language|lang|code|coding|developer|development|packages?|library|libraries|scripts?|notebooks?|\d)\b)[a-z]{2,}\b

skill matlab "MATLAB"
	kind language
	source linguist onet stackoverflow devicon esco
	alias matlab "mathworks matlab" "matlab programming" "matlab scripting"

skill octave "GNU Octave"
	kind language
	source linguist onet stackoverflow simpleicons
	alias "gnu octave"
	ambiguous octave
	veto-before \b(?:an|one|two|three|full|lower|upper|higher|perfect)\s+$
	veto-after ^\s+(?:higher|lower|above|below|range|jumps?|scales?|bands?)\b
	veto-line \b(?:piano|vocal|vocals|singing|singer|choir|soprano|alto|tenor|baritone|guitar|violin|music\w*|chords?|pitch)\b

skill wolfram-language "Wolfram Language (Mathematica)"
	kind language
	source linguist onet stackoverflow devicon simpleicons
	alias mathematica "wolfram mathematica" "wolfram language"

skill fortran "Fortran"
	kind language
	source linguist onet stackoverflow devicon simpleicons
	alias fortran gfortran "fortran 77" "fortran 90" "fortran 95" f90

skill scilab "Scilab"
	kind language
	source linguist onet stackoverflow simpleicons
	alias scilab

skill ampl "AMPL"
	kind language
	source linguist onet stackoverflow
	alias ampl

skill gams "GAMS"
	kind language
	source linguist onet
	alias gams

skill modelica "Modelica"
	kind language
	source linguist onet stackoverflow
	alias modelica openmodelica

skill netlogo "NetLogo"
	kind language
	source linguist stackoverflow
	alias netlogo

skill qsharp "Q#"
	kind language
	source linguist stackoverflow
	alias q# qsharp

skill openqasm "OpenQASM"
	kind language
	source linguist
	alias openqasm qasm

# ===========================================================================
# Enterprise, mainframe and legacy languages
# ===========================================================================

skill cobol "COBOL"
	kind language
	source linguist onet stackoverflow devicon esco
	alias cobol "enterprise cobol" "cobol 85" "cobol ii"

skill jcl "JCL"
	kind language
	source linguist onet stackoverflow
	alias jcl "job control language"

skill pli "PL/I"
	kind language
	source onet
	alias "pl/i" "pl/1"

skill rexx "REXX"
	kind language
	source linguist onet stackoverflow devicon
	alias rexx

skill easytrieve "Easytrieve"
	kind language
	source onet stackoverflow
	alias easytrieve

# RPG is also a role-playing game and a rocket-propelled grenade.
skill rpg "RPG (IBM i)"
	kind language
	source linguist stackoverflow
	alias rpgle "rpg iv" rpgiv "rpg ile" "ile rpg" "rpg/400" "rpg 400" sqlrpgle
	ambiguous rpg
	veto-before \b(?:tabletop|jrpg|action|online|mmo|fantasy|indie|turn\s+based|enemy|anti)\s+$
	veto-after ^\s+(?:games?|gaming|campaigns?|attacks?|fire|rounds?|launchers?|maker|characters?)\b
	veto-line \b(?:combat|infantry|convoy|insurgents?|dungeons|d\s*&\s*d|game\s+master|tabletop)\b

skill abap "ABAP"
	kind language
	source linguist onet stackoverflow esco
	alias "oops abap" "oo abap" "abap oops"
	alias abap "abap objects" "abap oo" "abap/4" "sap abap"

skill apex "Apex (Salesforce)"
	kind language
	source linguist stackoverflow devicon
	alias "salesforce apex" "apex code" "apex classes" "apex triggers" "apex programming"
	ambiguous apex
	# Oracle APEX is another product; Apex Systems, Apex Legends
	veto-before \boracle\s+$
	veto-after ^\s+(?:systems|legends|predator|tool|tools|clearing|fitness|of|group|dental|logistics|landscaping|construction|partners)\b

skill soql "SOQL"
	kind language
	source stackoverflow
	alias soql sosl

skill gosu "Gosu"
	kind language
	source linguist stackoverflow
	alias gosu "guidewire gosu"

skill powerbuilder "PowerBuilder"
	kind language
	source linguist onet stackoverflow
	alias powerbuilder powerscript

skill openedge-abl "OpenEdge ABL (Progress 4GL)"
	kind language
	source linguist onet stackoverflow esco
	alias "progress 4gl" "openedge abl" "progress abl" "progress openedge" openedge

skill mumps "MUMPS"
	kind language
	source linguist onet stackoverflow
	alias objectscript "cache objectscript" gt.m "mumps programming"
	ambiguous mumps
	# the disease
	veto-line \b(?:measles|rubella|mmr|vaccin\w*|immuni[sz]\w*|outbreaks?|titers?|titres?)\b

skill lotusscript "LotusScript"
	kind language
	source stackoverflow
	alias lotusscript "lotus script"

skill foxpro "Visual FoxPro"
	kind language
	source linguist onet stackoverflow
	alias foxpro "visual foxpro" "fox pro"

skill coldfusion "ColdFusion (CFML)"
	kind language
	tag server-language
	source linguist onet stackoverflow
	# cold fusion, the physics
	ambiguous "cold fusion"
	veto-line \b(?:nuclear|physics|fleischmann|pons|reactors?|energy\s+research)\b
	alias coldfusion cfml "adobe coldfusion" lucee

skill pascal "Pascal"
	kind language
	source linguist onet stackoverflow esco
	alias "turbo pascal" "free pascal" freepascal "pascal programming"
	ambiguous pascal
	veto-before \b(?:blaise|pedro|mr|mrs|dr|kilo|mega|giga)\.?\s+$
	# a first name, the pressure unit, Pascal's triangle
	veto-after ^\s+(?!(?:and|or|for|to|in|with|on|at|as|via|from|programming|programmer|language|code|coding|developer|development|\d)\b)[a-z]{2,}\b

skill delphi "Delphi"
	kind language
	source linguist onet stackoverflow devicon simpleicons
	alias "embarcadero delphi" "borland delphi" "object pascal" "delphi programming"
	ambiguous delphi
	veto-before \b(?:oracle\s+(?:at|of)|ancient|modified)\s+$
	veto-after ^\s+(?:automotive|technologies|technology|corporation|corp|packard|electronics|method|technique|study|studies|panel|panels|survey|surveys|oracle|greece|financial|consensus)\b

skill ada "Ada"
	kind language
	source linguist onet stackoverflow simpleicons
	alias ada95 ada2005 ada2012 "ada 95" "ada 2012" "ada programming" "ada language" "spark ada"
	ambiguous ada
	# the Americans with Disabilities Act, the dental and diabetes
	# associations, Cardano's coin, a first name
	veto-before \b(?:lovelace|american|per|under|meet|meets|meeting|ensure|ensured|ensuring|ms|mrs|dr)\.?\s+$
	veto-after ^\s+(?!(?:and|or|for|to|in|with|on|at|as|via|from|programming|programmer|language|code|coding|developer|development|\d)\b)[a-z]{2,}\b
	veto-line \b(?:disabilit\w*|accessib\w*|dental|diabetes|wheelchairs?|ramps?|americans|cardano|staking)\b

skill basic "BASIC"
	kind language
	source linguist onet stackoverflow
	alias qbasic quickbasic freebasic purebasic "gw basic"

skill algol "ALGOL"
	kind language
	source linguist onet stackoverflow
	alias algol algol60 algol68 "algol 60" "algol 68"

skill modula "Modula-2"
	kind language
	source linguist onet stackoverflow
	alias "modula 2" modula2 "modula 3"

skill snobol "SNOBOL"
	kind language
	source onet stackoverflow
	alias snobol snobol4

# ===========================================================================
# Query languages
# ===========================================================================

skill plsql "PL/SQL"
	kind language
	source linguist onet stackoverflow
	alias plsql "pl/sql" "pl sql" "oracle pl/sql"
	implies sql

skill plpgsql "PL/pgSQL"
	kind language
	source linguist stackoverflow
	alias plpgsql "pl/pgsql" "pl pgsql"
	implies sql postgresql

skill cypher "Cypher"
	kind language
	source linguist stackoverflow
	alias "cypher query language" "cypher queries" opencypher
	ambiguous cypher

skill sparql "SPARQL"
	kind language
	source linguist stackoverflow esco
	alias sparql

skill xquery "XQuery"
	kind language
	source linguist onet stackoverflow esco
	alias xquery
	implies xml

# ===========================================================================
# Hardware description languages
# ===========================================================================

skill vhdl "VHDL"
	kind language
	source linguist onet stackoverflow
	alias vhdl

skill verilog "Verilog"
	kind language
	source linguist onet stackoverflow
	alias verilog "verilog hdl"

skill systemverilog "SystemVerilog"
	kind language
	source linguist onet stackoverflow
	alias systemverilog "system verilog"

skill systemc "SystemC"
	kind language
	source stackoverflow
	alias systemc

# ===========================================================================
# Smart contracts, games, newer systems languages
# ===========================================================================

skill solidity "Solidity"
	kind language
	source linguist onet stackoverflow devicon simpleicons esco
	alias "solidity smart contracts"
	ambiguous solidity
	veto-before \b(?:financial|structural|fiscal|credit|capital)\s+$
	veto-after ^\s+(?:of|and\s+(?:liquidity|reliability|stability))\b

skill vyper "Vyper"
	kind language
	source linguist devicon esco
	alias vyper

skill gdscript "GDScript"
	kind language
	source linguist stackoverflow
	alias gdscript

skill unrealscript "UnrealScript"
	kind language
	source linguist stackoverflow
	alias unrealscript "unreal script"

skill mojo "Mojo"
	kind language
	source linguist stackoverflow
	alias "mojo lang" "mojo language"
	ambiguous mojo
	veto-after ^\s+(?:back|working|rising|dojo|jojo)\b

# ===========================================================================
# More scripting and niche languages with a job market
# ===========================================================================

skill vimscript "Vim script"
	kind language
	source linguist stackoverflow
	alias vimscript "vim script" viml

skill maxscript "MAXScript"
	kind language
	source linguist onet stackoverflow
	alias maxscript

skill eiffel "Eiffel"
	kind language
	source linguist onet stackoverflow
	alias "eiffel language" "eiffel programming"
	ambiguous eiffel
	veto-after ^\s+(?:tower)\b

skill gleam "Gleam"
	kind language
	source linguist devicon simpleicons
	alias "gleam lang" "gleam language"
	ambiguous gleam
	veto-before \b(?:a|the|with\s+a)\s+$

skill vala "Vala"
	kind language
	source linguist stackoverflow devicon simpleicons
	alias vala

skill xojo "Xojo"
	kind language
	source linguist stackoverflow
	alias xojo realbasic

skill mql "MQL4/MQL5"
	kind language
	source linguist stackoverflow
	alias mql4 mql5

skill pine-script "Pine Script"
	kind language
	source stackoverflow simpleicons
	alias "pine script" pinescript

skill sycl "SYCL"
	kind language
	source stackoverflow
	alias sycl
	implies cpp

# ===========================================================================
# Markup and style sheets
# ===========================================================================

skill html "HTML"
	kind markup
	source linguist onet stackoverflow devicon simpleicons esco
	alias html html5 "html 5" xhtml dhtml "semantic html" "hypertext markup language"

skill css "CSS"
	kind markup
	source linguist onet stackoverflow devicon simpleicons esco
	alias css css3 "css 3" "cascading style sheets" flexbox "css grid"

skill sass "Sass"
	kind markup
	source linguist onet stackoverflow devicon simpleicons esco
	alias scss "sass/scss"
	ambiguous sass
	# a misspelt SaaS: "SASS products", "sales of SASS platforms"
	veto-after ^\s+(?:products?|platforms?|company|companies|sales|solutions?|model|business|startups?|vendors?|offerings?|subscriptions?)\b
	implies css

# "less" is one of the commonest words in English.
skill less "Less"
	kind markup
	source linguist stackoverflow devicon simpleicons esco
	alias "less css" lesscss "less.js"
	ambiguous less
	veto-before \b(?:much|far|no|even|little|bit|lot|significantly|considerably|slightly|times|more\s+or|and\s+even)\s+$
	veto-before \d\s*$
	veto-after ^\s+(?!(?:css|stylesheets?|files?|mixins?|variables|preprocessor|and|or)\b)[a-z]
	veto-line \bmore\s+(?:\w+\s+){0,3}with\s+less\b
	# "BPM (Less" with "than 1 year)" on the next line
	veto-before \(\s*$
	implies css

skill stylus "Stylus"
	kind markup
	source linguist stackoverflow devicon simpleicons
	alias "stylus css"
	ambiguous stylus
	veto-before \b(?:apple|surface|digital|touch|capacitive|active|pen|a|the)\s+$
	veto-after ^\s+(?:pen|pens|input|tips?|support)\b
	veto-line \b(?:tablets?|ipad|drawing|sketch\w*|handwriting|touchscreens?)\b
	implies css

skill xml "XML"
	kind markup
	source linguist onet stackoverflow devicon simpleicons
	alias xml "extensible markup language"

skill xsd "XML Schema (XSD)"
	kind markup
	source linguist stackoverflow
	alias xsd "xml schema" "xml schemas" "xml schema definition"
	implies xml

skill dtd "DTD"
	kind markup
	source stackoverflow
	alias dtd dtds "document type definition"
	implies xml

skill xslt "XSLT"
	kind markup
	source linguist onet stackoverflow
	alias xslt xsl "xsl fo" "xsl transformations"
	implies xml

skill xpath "XPath"
	kind markup
	source onet stackoverflow esco
	alias xpath
	implies xml

skill svg "SVG"
	kind markup
	source linguist onet stackoverflow simpleicons
	alias svg "scalable vector graphics"

skill xaml "XAML"
	kind markup
	source onet stackoverflow
	alias xaml

skill qml "QML"
	kind markup
	source linguist stackoverflow
	alias qml

skill visualforce "Visualforce"
	kind markup
	source onet stackoverflow
	alias visualforce

skill sgml "SGML"
	kind markup
	source onet stackoverflow
	alias sgml

skill markdown "Markdown"
	kind markup
	source linguist stackoverflow devicon simpleicons
	alias commonmark "github flavored markdown"
	ambiguous markdown
	# a retail price markdown
	veto-before \b(?:price|pricing|seasonal|clearance|permanent|promotional|inventory|retail|store|execute|executed|executing|processed|process|processing|manage|managed|managing|weekly|monthly|\d+%)\s+$
	veto-after ^\s*(?:pricing|prices?|optimi[sz]ation|strateg\w*|events?|cadence|budgets?|planning|percentages?|rates?|dollars|signage|signs|process|merchandise|items?|of|on|reductions?|%|management|schedules?)\b
	veto-line \b(?:merchandis\w*|retail|inventory|clearance|pricing|shrink|planograms?|markups?|stores?)\b

skill asciidoc "AsciiDoc"
	kind markup
	source linguist stackoverflow simpleicons
	alias asciidoc asciidoctor

skill restructuredtext "reStructuredText"
	kind markup
	source linguist stackoverflow
	alias restructuredtext "restructured text"

skill latex "LaTeX"
	kind markup
	source linguist onet stackoverflow devicon simpleicons
	alias pdflatex xelatex lualatex bibtex "latex typesetting"
	ambiguous latex tex
	veto-before \b(?:non|nitrile|rubber|natural|sterile|acrylic|exterior|interior|flat|satin|powder\s+free)\s+$
	veto-after ^\s+(?:gloves?|allerg\w*|free|balloons?|paints?|foam|mattress\w*|rubber|condoms?|catheters?|products?|sensitivity|precautions?|mex|ritter|avery)\b
	veto-line \b(?:gloves?|allerg\w*|paint\w*|patients?|sterile)\b

skill dita "DITA"
	kind markup
	source onet stackoverflow
	alias "dita xml" "dita ot" "dita maps"
	ambiguous dita
	veto-after ^\s+von\b

skill docbook "DocBook"
	kind markup
	source stackoverflow
	alias docbook
	implies xml

skill xbrl "XBRL"
	kind markup
	source onet stackoverflow
	alias xbrl ixbrl "inline xbrl"

skill plantuml "PlantUML"
	kind markup
	source linguist stackoverflow
	alias plantuml "plant uml"

skill mermaid "Mermaid (diagrams)"
	kind markup
	source linguist stackoverflow simpleicons
	alias "mermaid.js" mermaidjs "mermaid diagrams"
	ambiguous mermaid
	veto-before \b(?:little|professional)\s+$
	veto-after ^\s+(?:tails?|costumes?|parade|performer|lagoon|inn|swim\w*|parties|party)\b
	veto-line \b(?:swim\w*|costumes?|parties|party|performers?|entertain\w*)\b

# ===========================================================================
# Templates
# ===========================================================================

skill haml "Haml"
	kind markup
	source linguist stackoverflow
	alias haml
	implies html

skill pug "Pug"
	kind markup
	source linguist stackoverflow devicon simpleicons
	alias "pug.js" pugjs "pug templates"
	ambiguous pug
	veto-after ^\s+(?:rescue|dog|dogs|puppies|puppy|owners?|breeders?|mix)\b
	veto-line \b(?:dogs?|puppies|puppy|grooming|groomers?|kennels?|breed\w*|veterinar\w*|pets?)\b
	implies html

skill ejs "EJS"
	kind markup
	source linguist stackoverflow simpleicons
	alias ejs "embedded javascript"
	implies html

skill handlebars "Handlebars"
	kind markup
	source linguist stackoverflow devicon simpleicons
	alias handlebars.js handlebarsjs hbs
	ambiguous handlebars
	veto-after ^\s+(?:mustache|moustache|bars?|grips?|tape)\b
	veto-line \b(?:bikes?|bicycles?|cycling|cycles?|motorcycles?|scooters?)\b

skill mustache "Mustache"
	kind markup
	source linguist stackoverflow
	alias "mustache.js" mustachejs "mustache templates"
	ambiguous mustache
	veto-line \b(?:beards?|moustache|mustaches|grooming|barber\w*|movember)\b

skill jinja "Jinja"
	kind markup
	source linguist stackoverflow simpleicons
	alias jinja jinja2 "jinja templates"
	implies python

skill twig "Twig"
	kind markup
	source linguist stackoverflow
	alias "twig templates"
	ambiguous twig
	veto-before \b(?:a|small|dry|willow|birch)\s+$
	implies php

skill liquid "Liquid"
	kind markup
	source linguist stackoverflow
	alias "liquid templates" "liquid templating"
	ambiguous liquid
	veto-after ^\s+(?:nitrogen|assets?|chromatography|handling|waste|oxygen|crystal|cooling|soap|form|medications?|diet|filling|levels?|samples?|tanks?|fertili[sz]ers?|capital|funds?)\b
	veto-line \b(?:chromatograph\w*|hplc|nitrogen|laborator\w*|pharma\w*|fluids?)\b

skill blade "Blade"
	kind markup
	source linguist stackoverflow
	alias "blade templates" "blade templating" "blade template"
	ambiguous blade
	# blade servers, turbine and saw blades
	veto-before \b(?:turbine|wind|saw|razor|knife|mower|rotor|fan|wiper|propeller|cutting|grader|dozer|hp|dell)\s+$
	veto-after ^\s+(?:servers?|chassis|enclosures?|runner|sharpening|guards?|inspections?|repairs?|replacement|maintenance)\b
	veto-line \b(?:turbines?|saws?|mow\w*|knives|wipers?)\b
	implies php

skill razor "Razor"
	kind markup
	source linguist stackoverflow
	alias cshtml "razor syntax" "razor views" "razor templates"
	ambiguous razor
	veto-before \b(?:straight|safety|electric|disposable|occam's|occams|hair|barber)\s+$
	veto-after ^\s+(?:blades?|burn|wire|scooter|clams?|sharp|thin|edge|shaving)\b
	veto-line \b(?:barber\w*|shav\w*|salon|cosmetolog\w*|haircuts?)\b
	implies dotnet

skill thymeleaf "Thymeleaf"
	kind markup
	source stackoverflow devicon simpleicons
	alias thymeleaf
	implies java

skill freemarker "FreeMarker"
	kind markup
	source linguist stackoverflow simpleicons
	alias freemarker "apache freemarker"
	implies java

# Velocity is also the agile measure of a team's throughput.
skill velocity "Apache Velocity"
	kind markup
	source linguist stackoverflow
	alias "apache velocity" "velocity templates" "velocity template language"
	ambiguous velocity
	veto-before \b(?:sprint|team|scrum|agile|story\s+point|delivery|development|dev|sales|deal|pipeline|project|muzzle|high|escape|terminal|initial|angular|wind|flow|air|blood|peak|increased|improved|improving|tracked|tracking|track|engineering|feature|product)\s+$
	veto-after ^\s+(?:by|of|metrics?|tracking|charts?|reports?|and\s+(?:burn\w*|quality|predictab\w*))\b
	veto-line \b(?:sprints?|scrum|agile|story\s+points?|kanban|burn\s*-?\s*downs?)\b
	implies java

skill smarty "Smarty"
	kind markup
	source linguist stackoverflow
	alias smarty
	implies php

skill nunjucks "Nunjucks"
	kind markup
	source linguist onet stackoverflow simpleicons
	alias nunjucks
	implies javascript

skill erb "ERB"
	kind markup
	source linguist stackoverflow
	alias erb "embedded ruby"
	implies ruby

# ===========================================================================
# Data and configuration formats
# ===========================================================================

skill json "JSON"
	kind markup
	source linguist onet stackoverflow devicon simpleicons
	alias json "javascript object notation" jsonl ndjson "json lines"

skill jsonschema "JSON Schema"
	kind markup
	source stackoverflow
	alias "json schema" jsonschema "json schemas"
	implies json

skill jsonpath "JSONPath"
	kind markup
	source stackoverflow
	alias jsonpath
	implies json

skill json-ld "JSON-LD"
	kind markup
	source linguist stackoverflow
	alias "json ld" jsonld
	implies json

skill geojson "GeoJSON"
	kind markup
	source linguist stackoverflow
	alias geojson topojson
	implies json

skill yaml "YAML"
	kind markup
	source linguist stackoverflow devicon simpleicons
	alias yaml yml

skill toml "TOML"
	kind markup
	source linguist stackoverflow simpleicons
	alias toml

skill jsonnet "Jsonnet"
	kind markup
	source linguist stackoverflow
	alias jsonnet

skill csv "CSV"
	kind markup
	source linguist stackoverflow
	alias "csv files" "csv file" "comma separated values"
	ambiguous csv
	# Community Service Volunteers, Creating Shared Value
	veto-after ^\s+(?:volunteers?|initiatives?|strategy|framework)\b
	veto-line \b(?:volunteer\w*|shared\s+value)\b

skill rss "RSS"
	kind markup
	source linguist onet stackoverflow simpleicons
	alias "rss feeds" "rss feed" "rss/atom" "atom feeds"
	ambiguous rss
	veto-before \b(?:fellow\s+of\s+the|member\s+of\s+the)\s+$
	veto-line \b(?:royal\s+statistical|swayamsevak|shakha)\b

skill rdf "RDF"
	kind markup
	source stackoverflow
	alias rdf rdfs "resource description framework"

skill owl "OWL (Web Ontology Language)"
	kind markup
	source linguist stackoverflow
	alias "web ontology language" "owl ontologies" "owl ontology"
	implies rdf

skill protobuf "Protocol Buffers"
	kind markup
	source linguist stackoverflow
	alias protobuf protobufs "protocol buffers" "protocol buffer" proto3 "google protocol buffers"

skill avro "Apache Avro"
	kind markup
	source onet stackoverflow simpleicons
	alias "apache avro" "avro schemas" "avro schema"
	ambiguous avro
	# the aircraft maker
	veto-after ^\s+(?:rj\d*|lancaster|arrow|vulcan|anson|748|146|aircraft)\b
	veto-line \b(?:aircraft|airframe|aviation|a&p|mechanic)\b

skill parquet "Apache Parquet"
	kind markup
	source stackoverflow simpleicons
	alias "apache parquet" "parquet files" "parquet format"
	ambiguous parquet
	veto-before \b(?:oak|wood|wooden|herringbone|hardwood)\s+$
	veto-after ^\s+(?:floor\w*|wood|oak|tiles?|installation|panels?)\b
	veto-line \b(?:floor\w*|carpentry|joinery|sanding|tiling)\b

skill orc "Apache ORC"
	kind markup
	source stackoverflow
	alias "apache orc" "orc files" "orc format"
	ambiguous orc
	# Ohio Revised Code sections, the fantasy creature
	veto-after ^\s*\d
	veto-line \b(?:ohio|revised\s+code|dungeons|warcraft|tolkien)\b

skill thrift "Apache Thrift"
	kind markup
	source linguist stackoverflow
	alias "apache thrift"
	ambiguous thrift
	veto-before \b(?:federal)\s+$
	veto-after ^\s+(?:stores?|shops?|shopping|savings|institutions?|plan|finds?|flips?)\b

skill flatbuffers "FlatBuffers"
	kind markup
	source linguist stackoverflow
	alias flatbuffers

skill msgpack "MessagePack"
	kind markup
	source stackoverflow
	alias msgpack messagepack

skill bson "BSON"
	kind markup
	source stackoverflow
	alias bson

# ===========================================================================
# API description formats
# ===========================================================================

skill openapi "OpenAPI (Swagger)"
	kind markup
	source stackoverflow devicon simpleicons
	alias openapi "openapi spec" "openapi specification" "openapi 3" "openapi 3.0" "swagger/openapi"
	alias "swagger ui" "swagger editor" "swagger codegen" "swagger docs" "swagger documentation"
	ambiguous swagger
	veto-before \b(?:confident|some|little|bit\s+of|full\s+of|his|her)\s+$
	veto-after ^\s+(?:and\s+(?:style|confidence|charm)|stick)\b
	implies rest-api

skill raml "RAML"
	kind markup
	source linguist stackoverflow
	alias raml
	implies rest-api

skill asyncapi "AsyncAPI"
	kind markup
	source common
	alias asyncapi

skill wsdl "WSDL"
	kind markup
	source linguist stackoverflow
	alias wsdl "web services description language"
	implies xml

# ===========================================================================
# More document, scientific and exchange formats
# ===========================================================================

skill mathml "MathML"
	kind markup
	source stackoverflow
	alias mathml
	implies xml

skill kml "KML"
	kind markup
	source stackoverflow
	alias kml "keyhole markup language"
	implies xml

skill hocon "HOCON"
	kind markup
	source linguist stackoverflow
	alias hocon

skill icalendar "iCalendar"
	kind markup
	source linguist stackoverflow
	alias icalendar

skill cbor "CBOR"
	kind markup
	source stackoverflow
	alias cbor

skill capnproto "Cap'n Proto"
	kind markup
	source linguist stackoverflow
	alias "cap'n proto" capnproto

skill hdf5 "HDF5"
	kind markup
	source stackoverflow
	alias hdf5

skill netcdf "NetCDF"
	kind markup
	source onet stackoverflow
	alias netcdf

skill xliff "XLIFF"
	kind markup
	source stackoverflow
	alias xliff
	implies xml

skill typst "Typst"
	kind markup
	source linguist simpleicons
	alias typst

# ===========================================================================
# Protocols and API styles: web and transport
# ===========================================================================

skill http "HTTP"
	kind protocol
	source linguist stackoverflow
	alias http "http/1.1" "http/2" http2 "http/3" http3 "http protocol" "hypertext transfer protocol"
	# Go's standard library: "net/http" names a package
	veto-before \bnet\s*/\s*$

skill https "HTTPS"
	kind protocol
	source stackoverflow
	alias https
	implies http

skill quic "QUIC"
	kind protocol
	source stackoverflow
	alias quic

skill tcp-ip "TCP/IP"
	kind protocol
	source stackoverflow
	alias "tcp/ip" "tcp ip" tcp "transmission control protocol"

skill udp "UDP"
	kind protocol
	source stackoverflow
	alias udp "user datagram protocol"

# "tls" and "ssl" alone are the backend role's spellings of encryption.
skill tls-ssl "TLS/SSL"
	kind protocol
	source stackoverflow esco
	alias "ssl/tls" "tls/ssl" "tls 1.2" "tls 1.3" mtls "mutual tls" "ssl certificates" "tls certificates"
	alias "transport layer security" "secure sockets layer"
	implies encryption

skill websocket "WebSocket"
	kind protocol
	source stackoverflow
	alias websocket websockets "web sockets" "web socket"

skill sse "Server-sent events"
	kind protocol
	source stackoverflow
	alias "server sent events" "server side events"

skill webrtc "WebRTC"
	kind protocol
	source stackoverflow simpleicons
	alias webrtc

skill grpc "gRPC"
	kind protocol
	source stackoverflow devicon
	alias grpc "grpc web"
	implies protobuf api-development

skill graphql "GraphQL"
	kind protocol
	source linguist onet stackoverflow devicon simpleicons

# SOAP notes are medical records; soap is soap.
skill soap "SOAP"
	kind protocol
	source stackoverflow
	alias "soap api" "soap apis" "soap web services" "soap services" "ws security"
	ambiguous soap
	veto-before \b(?:hand|dish|bar|liquid|castile|handmade|laundry|antibacterial|soft)\s+$
	veto-after ^\s+(?:dispensers?|bars?|notes?|operas?|making|and\s+(?:water|towels?|paper))\b
	veto-line \b(?:dish|laundry|detergents?|shampoo|candles?|lotions?|handmade|cleaning|janitorial|housekeeping|restrooms?|suds|lathers?|charting|progress\s+notes)\b
	implies xml api-development

skill json-rpc "JSON-RPC"
	kind protocol
	source stackoverflow
	alias "json rpc" jsonrpc
	implies json

skill xml-rpc "XML-RPC"
	kind protocol
	source stackoverflow
	alias "xml rpc" xmlrpc
	implies xml

skill odata "OData"
	kind protocol
	source stackoverflow
	alias odata
	implies rest-api

skill hateoas "HATEOAS"
	kind protocol
	source stackoverflow
	alias hateoas
	implies rest-api

skill corba "CORBA"
	kind protocol
	source stackoverflow
	alias corba

skill java-rmi "Java RMI"
	kind protocol
	source stackoverflow
	alias "java rmi" "remote method invocation"
	implies java

skill dcom "DCOM"
	kind protocol
	source onet stackoverflow
	alias dcom "distributed component object model"

# ===========================================================================
# Messaging and IoT protocols
# ===========================================================================

skill mqtt "MQTT"
	kind protocol
	source stackoverflow simpleicons
	alias mqtt

skill amqp "AMQP"
	kind protocol
	source stackoverflow
	alias amqp

skill stomp "STOMP"
	kind protocol
	source stackoverflow
	alias "stomp protocol"
	ambiguous stomp
	veto-line \b(?:danc\w*|choreograph\w*|perform\w*|theat(?:re|er)|musical|boots|feet)\b

skill coap "CoAP"
	kind protocol
	source stackoverflow
	alias coap

skill xmpp "XMPP"
	kind protocol
	source stackoverflow simpleicons
	alias xmpp jabber

# ===========================================================================
# Media streaming
# ===========================================================================

skill rtsp "RTSP"
	kind protocol
	source stackoverflow
	alias rtsp

skill rtp "RTP"
	kind protocol
	source stackoverflow
	alias "real time transport protocol"
	ambiguous rtp
	# Research Triangle Park, return to play
	veto-after ^\s*(?:,\s*)?(?:nc|north\s+carolina|area|office|campus|protocols?\s+for\s+athletes)\b
	veto-before \b(?:research\s+triangle\s+park|return\s+to\s+play)\s*\(?\s*$

skill rtmp "RTMP"
	kind protocol
	source stackoverflow
	alias rtmp

skill hls "HLS"
	kind protocol
	source stackoverflow
	alias "http live streaming"
	ambiguous hls
	# high-level synthesis on FPGAs
	veto-before \b(?:vivado|vitis|xilinx|intel|catapult|fpga|c\s+to)\s+$
	veto-after ^\s+(?:tools?|synthesis|compiler|kernels?|ip|pragmas?)\b

skill mpeg-dash "MPEG-DASH"
	kind protocol
	source stackoverflow
	alias "mpeg dash"

# ===========================================================================
# Mail, file transfer, remote access
# ===========================================================================

skill smtp "SMTP"
	kind protocol
	source onet stackoverflow
	alias smtp "simple mail transfer protocol"

skill imap "IMAP"
	kind protocol
	source stackoverflow
	alias imap

skill pop3 "POP3"
	kind protocol
	source stackoverflow
	alias pop3

skill ftp "FTP"
	kind protocol
	source onet stackoverflow
	alias ftp ftps "file transfer protocol"

skill sftp "SFTP"
	kind protocol
	source stackoverflow
	alias sftp "ssh file transfer protocol" "secure file transfer protocol"
	implies ssh

skill ssh "SSH"
	kind protocol
	source onet stackoverflow devicon
	alias ssh openssh "secure shell" "ssh keys"

# ===========================================================================
# Identity and authentication
# ===========================================================================

skill oauth "OAuth"
	kind protocol
	source stackoverflow devicon
	alias "oauth 2.1"

skill jwt "JWT"
	kind protocol
	source stackoverflow simpleicons
	alias jws jwe "json web signature" "json web encryption"

skill saml "SAML"
	kind protocol
	source onet stackoverflow
	alias saml saml2 "saml 2.0" "saml sso" "security assertion markup language"
	implies authentication

skill openid-connect "OpenID Connect"
	kind protocol
	source stackoverflow simpleicons
	alias oidc "openid connect" openid
	implies oauth authentication

skill ldap "LDAP"
	kind protocol
	source stackoverflow esco
	alias ldap ldaps "lightweight directory access protocol"
	implies authentication

skill kerberos "Kerberos"
	kind protocol
	source stackoverflow
	alias kerberos
	implies authentication

skill scim "SCIM"
	kind protocol
	source stackoverflow
	alias scim

skill webauthn "WebAuthn"
	kind protocol
	source stackoverflow simpleicons
	alias webauthn fido2
	implies authentication

# ===========================================================================
# Industry data exchange
# ===========================================================================

# EDI is also "equity, diversity and inclusion".
skill edi "EDI"
	kind protocol
	source onet stackoverflow
	alias "electronic data interchange" "edi x12" "ansi x12" x12 edifact
	ambiguous edi
	veto-after ^\s+(?:committee|council|initiatives?|training|champions?|lead|officer|strategy|network|working\s+group)\b
	veto-line \b(?:diversity|equity|inclusion|belonging|dei|inclusive)\b

skill hl7 "HL7"
	kind protocol
	source stackoverflow
	alias hl7 "hl7 v2" hl7v2

skill fhir "FHIR"
	kind protocol
	source stackoverflow
	alias fhir "hl7 fhir"
	implies hl7

skill dicom "DICOM"
	kind protocol
	source stackoverflow esco
	alias dicom

skill iso-8583 "ISO 8583"
	kind protocol
	source stackoverflow
	alias "iso 8583" iso8583

skill iso-20022 "ISO 20022"
	kind protocol
	source common
	alias "iso 20022" iso20022

skill fix-protocol "FIX protocol"
	kind protocol
	source stackoverflow
	alias "fix protocol" "fix engine" "fix api" quickfix "financial information exchange"

# ===========================================================================
# Other protocols
# ===========================================================================

skill ws-federation "WS-Federation"
	kind protocol
	source stackoverflow
	alias "ws federation" "ws fed"
	implies authentication

skill webdav "WebDAV"
	kind protocol
	source stackoverflow
	alias webdav

skill smpp "SMPP"
	kind protocol
	source stackoverflow
	alias smpp

skill trpc "tRPC"
	kind protocol
	source devicon simpleicons
	alias trpc
	implies typescript

skill dkim "DKIM"
	kind protocol
	source stackoverflow
	alias dkim

skill dmarc "DMARC"
	kind protocol
	source stackoverflow
	alias dmarc

skill activitypub "ActivityPub"
	kind protocol
	source stackoverflow simpleicons
	alias activitypub

# AJAX: asynchronous requests from the browser.  Ajax is also the Amsterdam
# football club, a cleaning product and the Greek hero.
skill ajax "AJAX"
	kind protocol
	source onet stackoverflow esco
	alias "ajax calls" "ajax requests" "asynchronous javascript and xml" "asynchronous javascript"
	ambiguous ajax
	veto-before \b(?:fc|afc|vs\.?|versus|against)\s+$
	veto-after ^\s*(?:amsterdam|fc|cape\s+town|football|cleaner|cleanser|powder|the\s+great|and\s+(?:achilles|hector|odysseus))\b
	implies javascript
skill uml "UML"
	kind markup
	source onet stackoverflow simpleicons
	alias uml "unified modeling language" "uml diagrams" "uml diagram" "uml 2" "uml 2.0" "uml modeling"
	alias "uml modelling"
# DIGITAL Command Language, the OpenVMS shell.  DCL is also SQL's data
# control language ("DDL, DML, DCL").
skill dcl "DCL (OpenVMS)"
	kind language
	source stackoverflow
	alias "digital command language" "dcl scripting" "dcl scripts" "dcl procedures"
	ambiguous dcl
	veto-line \b(?:ddl|dml|tcl|data\s+control\s+language)\b
	implies openvms
skill relax-ng "RELAX NG"
	kind markup
	source stackoverflow
	alias "relax ng" relaxng
	implies xml
skill netconf "NETCONF"
	kind protocol
	source common
	alias netconf "netconf/yang" "yang models" "yang modeling" "yang modelling"
