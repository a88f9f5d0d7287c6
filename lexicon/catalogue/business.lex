# gapcheck technology catalogue: office, collaboration, design and business
# applications (see gapcheck-lexicon(5)).
#
# The tools recruiters read on every kind of resume: office suites,
# meeting, chat and project tools, design, video and CAD packages, GIS,
# ERP, CRM, marketing, HR and payroll, accounting and tax, finance, health
# records, property, construction, point of sale, supply chain, education
# and legal software.  They never count for a software role: no entry
# implies a practice or a language, and none carries a tag.
#
# Chosen by how many O*NET 29.2 occupations name each product (across all
# occupations, not only IT), O*NET's Hot Technology flag and, where there
# is one, the Stack Overflow tag count; "source" names the lists that
# attest each entry, "common" those that no list has.
#
# Many of these names are ordinary words: "excel at", "word of mouth",
# "a positive outlook", "led teams of 12", "a 12-hour workday", "sage
# advice", "Epic Games", "a sketch artist", "picked up the slack".  Those
# spellings are ambiguous: they count only in technical context (a skills
# section, a cue such as "in Excel", or a line that names another tool by
# an alias, as in "Word, Excel, PowerPoint, Outlook"), and their vetoes
# cover the ordinary senses that such lines still carry.  Vetoes of a
# skill apply to all its spellings, so they avoid the words that also
# come before the product's full name ("the", "with", "using").
# Words that are mostly ordinary are never listed bare, only in their
# product spellings: project ("microsoft project"), publisher, access,
# monday ("monday.com"), square, toast, clover ("square pos"), dynamics
# ("microsoft dynamics"), lightning ("salesforce lightning"), canvas
# ("canvas lms"), keynote (a talk: "apple keynote"), inventor, empower,
# labware, success factors.

# ---------------------------------------------------------------------------
# Office suites
skill microsoft-office "Microsoft Office"
	kind office
	source onet stackoverflow
	alias "ms office 2003" "ms office 2007" "ms office 2010" "ms office 2013" "ms office 2016"
	alias "microsoft office 2003" "microsoft office 2007" "microsoft office 2010" "microsoft office 2013"
	alias "microsoft office 2016" "office 2007" "office 2010" "office 2013" "office 2016"
	alias "microsoft office" "ms office" "microsoft office suite" "ms office suite"
	alias "office 365" office365 o365 "microsoft 365" m365 "microsoft office 365"
	alias "ms office 365" "ms 365" "microsoft office professional"
skill google-workspace "Google Workspace"
	kind office
	source onet
	alias "google workspace" "g suite" gsuite "google suite" "google apps for work"
skill libreoffice "LibreOffice"
	kind office
	source onet stackoverflow simpleicons
	alias libreoffice "libre office"
skill openoffice "Apache OpenOffice"
	kind office
	source onet stackoverflow simpleicons
	alias openoffice "apache openoffice" openoffice.org
	ambiguous "open office"
	# an open-plan office
	veto-before \b(?:an|busy|large|shared|modern)\s+$
	veto-after ^\s+(?:environment|setting|space|layout|plan|floor)\b
skill iwork "Apple iWork"
	kind office
	source onet stackoverflow
	alias iwork "apple iwork"
skill wordperfect "Corel WordPerfect"
	kind office
	source onet stackoverflow
	alias wordperfect "corel wordperfect"
skill lotus-notes "IBM Notes (Lotus Notes)"
	kind office
	source onet stackoverflow
	alias "lotus notes" "ibm notes" "ibm lotus notes" "lotus domino" "ibm domino"
skill lotus-123 "Lotus 1-2-3"
	kind office
	source onet
	alias "lotus 1 2 3" "lotus 123" "ibm lotus 1 2 3"
skill quattro-pro "Corel Quattro Pro"
	kind office
	source onet
	alias "quattro pro" "corel quattro pro" quattropro
skill groupwise "Micro Focus GroupWise"
	kind office
	source onet stackoverflow
	alias groupwise "novell groupwise"

# ---------------------------------------------------------------------------
# Documents, spreadsheets, presentations, mail
skill excel "Microsoft Excel"
	kind office
	source onet stackoverflow
	alias "microsoft excel" "ms excel" msexcel "excel spreadsheets" "excel spreadsheet"
	alias "excel pivot tables" "excel pivot table" "excel macros" "excel formulas"
	alias "advanced excel" "excel dashboards" "excel modeling" "excel modelling"
	alias vlookup vlookups xlookup "v lookup" "v lookups"
	ambiguous excel
	# the verb: "to excel", "will excel", "excel at/in customer service"
	veto-before \b(?:will|can|could|i|we|they|who|that|and\s+to|helps?|helped|helping)\s+$
	veto-before (?:^\s*|\b(?!export|import|upload|convert|migrat|transfer|mov|pull|download|load|copied|data\b|reports?\b|files?\b|output)\w+\s+)to\s+$
	veto-after ^\s+(?:at(?!\s+(?:an?\s+)?(?:advanced|expert|intermediate|basic|high)\b)|as|under|when|while|through|by)\b
	veto-after ^\s+(?:at|in)\s+\w+ing\b
	veto-line ^\W*excel\s+(?:in|at|as)\s
	veto-after ^\s+in\s+(?:a|an|the|every|all|any|my|our|their|this|fast|high|dynamic|team|customer|client|sales|school|academics?|sports?|leadership)\b
skill word "Microsoft Word"
	kind office
	source onet stackoverflow
	alias "microsoft word" "ms word" msword "word documents"
	ambiguous word
	# "word of mouth", "spread the word", "a good word", "word count"
	veto-before \b(?:spread|spreads|spreading|get|got|getting|put|putting|the\s+last|the\s+final)\s+(?:the\s+)?$
	veto-before \b(?:my|his|her|their|your|one|every|each|good|kind|spoken|written|printed|key|single|per|given|four|swear|in\s+a|in\s+other|word\s+for)\s+$
	veto-after ^\s*['"]
	veto-after ^\s+(?:of|for|count|counts|choice|choices|games?|puzzles?|search|processing|processor|problems?|wall|walls|bank|study|studies|recognition|lists?)\b
skill powerpoint "Microsoft PowerPoint"
	kind office
	source onet stackoverflow
	alias "microsoft power point" "ms power point"
	alias powerpoint "microsoft powerpoint" "ms powerpoint" "powerpoint presentations"
	alias "powerpoint presentation" "powerpoint decks" "powerpoint slides"
	ambiguous "power point"
	# an electrical outlet (Australia, New Zealand)
	veto-line (?=.*\bpower\s+points?\b).*\b(?:electric\w*|sockets?|outlets?|wiring|circuits?|switchboards?|install\w*|rewir\w*)\b
skill outlook "Microsoft Outlook"
	kind office
	source onet stackoverflow
	alias "microsoft outlook" "ms outlook" "outlook calendar" "outlook calendars" "outlook email"
	ambiguous outlook
	# "a positive outlook", "business outlook", "outlook on life"
	veto-before \b(?:positive|optimistic|upbeat|cheerful|sunny|bright|business|market|economic|financial|fiscal|career|job|growth|earnings|revenue|sales|fresh|global|industry|world|long|short|near|outlook|an|my|his|her|their|professional|personal|agile|open|strategic|realistic|balanced|healthy|forward)\s+$
	veto-line ^(?!.*\b(?:microsoft|ms|office|o365|m365|365|excel|word|powerpoint|teams|e?mail|email|calendars?|inbox|sharepoint|onenote|zoom|skype|gmail|quickbooks|software|tools?|skills?|proficient|proficiency|computer)\b)
	veto-after ^\s+(?:on|of|is|was|for\s+(?:the|next|\d)|and\s+attitude|toward\w*|towards)\b
skill onenote "Microsoft OneNote"
	kind office
	source onet stackoverflow
	alias onenote "microsoft onenote" "ms onenote"
skill visio "Microsoft Visio"
	kind office
	source onet stackoverflow esco
	alias visio "microsoft visio" "ms visio"
skill ms-project "Microsoft Project"
	kind office
	source onet stackoverflow
	alias "microsoft project" "ms project" "microsoft project server"
	alias "ms project server"
skill ms-publisher "Microsoft Publisher"
	kind office
	source onet stackoverflow
	# a publisher is also a publishing house and a job
	ambiguous publisher
	veto-before \b(?:book|music|magazine|newspaper|game|games|video\s+game|digital|academic|educational|independent|associate|assistant|deputy|web)\s+$
	veto-after ^\s*(?:of|at|for|and\s+editor|relations|partners?|network|book\s+reviews?|s\b)\b
	veto-line \b(?:publishing\s+house|journals?|books?|novels?|magazines?|newspapers?|editors?|editorial|authors?)\b
	alias "microsoft publisher" "ms publisher"
skill microsoft-forms "Microsoft Forms"
	kind office
	source common
	alias "microsoft forms" "ms forms"
skill google-docs "Google Docs"
	kind office
	source onet stackoverflow simpleicons
	alias "google docs" "google doc" "google documents"
skill google-sheets "Google Sheets"
	kind office
	source onet stackoverflow simpleicons
	alias "google sheets" "google sheet" "google spreadsheets" "google spreadsheet" gsheets
skill google-slides "Google Slides"
	kind office
	source onet stackoverflow simpleicons
	alias "google slides"
skill google-forms "Google Forms"
	kind office
	source stackoverflow simpleicons
	alias "google forms" "google form"
skill gmail "Gmail"
	kind office
	source onet stackoverflow simpleicons
	alias gmail "google mail"
skill google-calendar "Google Calendar"
	kind office
	source onet simpleicons
	alias "google calendar"
skill apple-pages "Apple Pages"
	kind office
	source onet
	alias "apple pages"
	ambiguous pages
	# only beside the rest of iWork: "Pages, Numbers, Keynote"
	veto-line ^(?!.*\b(?:numbers|keynote|iwork|apple)\b)
skill apple-numbers "Apple Numbers"
	kind office
	source onet stackoverflow
	alias "apple numbers"
	ambiguous numbers
	# only beside the rest of iWork: "Pages, Numbers, Keynote"
	veto-line ^(?!.*\b(?:pages|keynote|iwork|apple)\b)
skill apple-keynote "Apple Keynote"
	kind office
	source onet
	alias "apple keynote"
skill prezi "Prezi"
	kind office
	source onet stackoverflow simpleicons
	alias prezi
skill adobe-acrobat "Adobe Acrobat"
	kind office
	source onet stackoverflow
	alias "adobe acrobat" "adobe acrobat pro" "acrobat pro" "acrobat reader" "adobe reader"
	alias "adobe acrobat reader" "acrobat dc" "adobe acrobat dc"
	ambiguous acrobat
	# a circus acrobat
	veto-line \b(?:circus|aerial\w*|tumbl\w*|trapeze|gymnast\w*|juggl\w*|acrobatics|performer)\b
skill foxit "Foxit PDF Editor"
	kind office
	source stackoverflow
	alias foxit "foxit pdf" "foxit phantompdf" "foxit pdf editor" phantompdf
skill nitro-pdf "Nitro PDF"
	kind office
	source common
	alias "nitro pdf" "nitro pro"
skill docusign "DocuSign"
	kind office
	source onet
	alias docusign "docu sign"
skill adobe-sign "Adobe Acrobat Sign"
	kind office
	source stackoverflow
	alias "adobe sign" "adobe acrobat sign" echosign "adobe echosign"
skill pandadoc "PandaDoc"
	kind office
	source common
	alias pandadoc
skill dragon-naturallyspeaking "Dragon NaturallySpeaking"
	kind office
	source onet
	alias "dragon naturallyspeaking" "dragon naturally speaking" "dragon dictation"
	alias "dragon medical" "nuance dragon" "dragon speech recognition"
skill grammarly "Grammarly"
	kind office
	source onet simpleicons
	alias grammarly
skill google-sites "Google Sites"
	kind office
	source onet stackoverflow
	alias "google sites"
skill google-keep "Google Keep"
	kind office
	source stackoverflow simpleicons
	alias "google keep"
skill microsoft-sway "Microsoft Sway"
	kind office
	source common
	alias "microsoft sway" "ms sway"
skill hellosign "Dropbox Sign (HelloSign)"
	kind office
	source common
	alias hellosign "dropbox sign"
skill documentum "OpenText Documentum"
	kind office
	source onet stackoverflow
	alias documentum "opentext documentum" "emc documentum"

# ---------------------------------------------------------------------------
# Diagrams
skill draw-io "draw.io (diagrams.net)"
	kind office
	source stackoverflow simpleicons
	alias draw.io drawio diagrams.net
skill smartdraw "SmartDraw"
	kind office
	source onet
	alias smartdraw

# ---------------------------------------------------------------------------
# File storage and notes
skill dropbox "Dropbox"
	kind office
	source onet stackoverflow simpleicons
	alias dropbox "dropbox business"
skill box "Box"
	kind office
	source simpleicons
	alias box.com "box drive" "box cloud storage"
skill onedrive "Microsoft OneDrive"
	kind office
	source stackoverflow
	alias onedrive "microsoft onedrive" "onedrive for business"
skill google-drive "Google Drive"
	kind office
	source onet simpleicons
	alias "google drive" gdrive
skill sharefile "Citrix ShareFile"
	kind office
	source stackoverflow
	alias sharefile "citrix sharefile"
skill egnyte "Egnyte"
	kind office
	source stackoverflow simpleicons
	alias egnyte
skill evernote "Evernote"
	kind office
	source onet stackoverflow simpleicons
	alias evernote
skill notion "Notion"
	kind collaboration
	source devicon simpleicons
	alias notion.so "notion workspace" "notion ai"
	ambiguous notion
	# "the notion of", "any notion that"
	veto-before \b(?:the|a|any|no|this|that|romantic|popular|common|whole)\s+$
	veto-after ^\s+(?:of|that)\b

# ---------------------------------------------------------------------------
# Meetings, chat and calls
skill microsoft-teams "Microsoft Teams"
	kind collaboration
	source onet stackoverflow
	alias "microsoft teams" "ms teams" msteams
	ambiguous teams
	# groups of people: "led teams of 12", "with teams across departments",
	# "nursing teams"; bare "teams" is the tool only after a comma, a colon
	# or "and", "or", "on", "via", "using", unless the line names it in full
	veto-line ^(?!.*\b(?:microsoft|ms)\s+teams\b)(?!.*\bmsteams\b).*\b(?!(?:and|or|on|via|using)\s)[a-z]+\s+teams\b
	veto-after ^\s+(?:of|across|that|who|which|to\s+deliver|and\s+(?:individuals|departments|stakeholders|clients|customers|partners))\b
	# and only beside the other meeting and office tools it comes with
	veto-line ^(?!.*\b(?:microsoft|ms|msteams|o365|m365|365|outlook|excel|powerpoint|sharepoint|onedrive|onenote|zoom|slack|skype|webex|hangouts|google\s+meet|gotomeeting|ringcentral|video\s+(?:calls?|conferenc\w*|meetings?)|virtual\s+meetings?)\b)
skill zoom "Zoom"
	kind collaboration
	source onet simpleicons
	alias "zoom meetings" "zoom video" "zoom webinars" "zoom webinar" zoom.us "zoom workplace"
	ambiguous zoom
	# "zoom in on", "zoom lens"
	veto-after ^\s+(?:in|out|lens|lenses|level|levels|past|through|by|ahead|into)\b
	veto-before \b(?:images?|photos?|maps?|pinch|pan|camera|lens|optical|digital|\d+x)\s+(?:with\s+|and\s+)?$
skill webex "Cisco Webex"
	kind collaboration
	source onet stackoverflow simpleicons
	alias webex "cisco webex" "webex meetings" "webex teams"
skill google-meet "Google Meet"
	kind collaboration
	source onet stackoverflow simpleicons
	alias "google meet" "google hangouts" "hangouts meet"
skill skype "Skype"
	kind collaboration
	source onet stackoverflow
	alias skype "skype for business" "microsoft skype"
skill gotomeeting "GoTo Meeting"
	kind collaboration
	source onet simpleicons
	alias gotomeeting "goto meeting" gotowebinar "goto webinar"
skill ringcentral "RingCentral"
	kind collaboration
	source stackoverflow
	alias ringcentral
skill slack "Slack"
	kind collaboration
	source onet stackoverflow devicon
	alias "slack channels" "slack workspace" "slack workspaces"
	ambiguous slack
	# "picked up the slack", "slack time", "slack water"
	veto-before \b(?:up|take|took|taking|takes)\s+(?:the\s+|some\s+of\s+the\s+)?$
	veto-before \b(?:cut|cutting|no|some|any|little)\s+$
	veto-after ^\s+(?:time|days?|off|season|water|tide|tides|line|lines|rope|jaw|in\s+the)\b
skill yammer "Yammer (Viva Engage)"
	kind collaboration
	source stackoverflow
	alias yammer "viva engage"
skill calendly "Calendly"
	kind collaboration
	source stackoverflow simpleicons
	alias calendly
skill google-chat "Google Chat"
	kind collaboration
	source simpleicons
	alias "google chat"
skill groupme "GroupMe"
	kind collaboration
	source onet stackoverflow simpleicons
	alias groupme
skill bluejeans "BlueJeans"
	kind collaboration
	source common
	alias bluejeans "bluejeans by verizon"
skill dialpad "Dialpad"
	kind collaboration
	source common
	alias dialpad
skill aircall "Aircall"
	kind collaboration
	source simpleicons
	alias aircall
skill vonage "Vonage"
	kind collaboration
	source simpleicons
	alias vonage

# ---------------------------------------------------------------------------
# Project and work management
skill jira "Jira"
	kind collaboration
	source onet stackoverflow devicon simpleicons
	alias jira "atlassian jira" "jira software" "jira cloud" "jira service desk"
	alias "jira service management" "jira align" "jira work management"
skill confluence "Confluence"
	kind collaboration
	source onet stackoverflow devicon simpleicons
	alias "atlassian confluence" "confluence wiki" "confluence pages" "confluence page"
	ambiguous confluence
	# "a confluence of factors", a river confluence
	veto-before \b(?:a|river|rivers)\s+$|\bat\s+the\s+$
	veto-after ^\s+(?:of|park|river|rivers)\b
skill sharepoint "Microsoft SharePoint"
	kind collaboration
	source onet stackoverflow
	alias sharepoint "microsoft sharepoint" "ms sharepoint" "sharepoint online" "share point"
	alias "sharepoint sites" "sharepoint site"
skill trello "Trello"
	kind collaboration
	source stackoverflow devicon simpleicons
	alias trello
skill asana "Asana"
	kind collaboration
	source onet stackoverflow simpleicons
	alias "asana project management"
	ambiguous asana
	# a yoga posture
	veto-line \b(?:yoga|yogi|poses?|postures?|pranayama|meditation|vinyasa|hatha|ashtanga|mindfulness)\b
skill monday-com "monday.com"
	kind collaboration
	source common
	alias monday.com "monday work management"
skill basecamp "Basecamp"
	kind collaboration
	source onet stackoverflow simpleicons
	alias "basecamp 3" "basecamp hq"
	ambiguous basecamp
	# a mountaineering base camp
	veto-line \b(?:everest|trek\w*|climb\w*|hik\w*|mountain\w*|summit\w*|expedition\w*|camping|himalaya\w*|kilimanjaro)\b
skill smartsheet "Smartsheet"
	kind collaboration
	source onet
	alias smartsheet
skill clickup "ClickUp"
	kind collaboration
	source simpleicons
	alias clickup
skill wrike "Wrike"
	kind collaboration
	source onet
	alias wrike
skill airtable "Airtable"
	kind collaboration
	source onet stackoverflow simpleicons
	alias airtable
skill workfront "Adobe Workfront"
	kind collaboration
	source common
	alias workfront "adobe workfront"
skill planview "Planview"
	kind collaboration
	source onet
	alias planview
skill clarity-ppm "Clarity PPM"
	kind collaboration
	source onet
	alias "clarity ppm" "ca clarity" "ca ppm"
skill rally "Rally (Agile Central)"
	kind collaboration
	source stackoverflow
	# a rally is also a car race, a political rally, a recovery
	ambiguous rally
	veto-before \b(?:political|campaign|protest|peace|car|motor|world|pep|stock|market|late|strong)\s+$
	veto-after ^\s*(?:car|cars|cross|drivers?|racing|race|support|supporters|the|round|behind|around|in\s+prices?|team\s+spirit)\b
	veto-line \b(?:campaigns?|protests?|volunteers?\s+for\s+the|racing|motorsport|stock\s+prices?)\b
	alias "rally software" "ca rally" "broadcom rally" "ca agile central"
skill versionone "VersionOne (Digital.ai Agility)"
	kind collaboration
	source stackoverflow
	alias versionone "digital.ai agility"
skill pivotal-tracker "Pivotal Tracker"
	kind collaboration
	source stackoverflow simpleicons
	alias "pivotal tracker"
skill youtrack "YouTrack"
	kind collaboration
	source stackoverflow
	alias youtrack
skill teamgantt "TeamGantt"
	kind collaboration
	source common
	alias teamgantt
skill microsoft-planner "Microsoft Planner"
	kind collaboration
	source common
	alias "microsoft planner" "ms planner"
skill todoist "Todoist"
	kind collaboration
	source stackoverflow simpleicons
	alias todoist
skill toggl "Toggl"
	kind collaboration
	source simpleicons
	alias toggl "toggl track"
skill clockify "Clockify"
	kind collaboration
	source simpleicons
	alias clockify

# ---------------------------------------------------------------------------
# Whiteboards
skill miro "Miro"
	kind collaboration
	source simpleicons
	alias "miro board" "miro boards" "miro whiteboard" realtimeboard
	ambiguous miro
	# Joan Miro, the painter
	veto-line \bjoan\s+miro\b|\bmiro'?s\s+(?:paintings?|works?|art)\b|\b(?:surreal\w*|picasso|dali|art\s+history)\b
skill mural "Mural"
	kind collaboration
	source simpleicons
	alias mural.co "mural board" "mural boards"
	ambiguous mural
	# a wall painting
	veto-line \b(?:paint\w*|artists?|walls?|mosaics?|murals|graffiti|spray|brush\w*|commissioned|community\s+art)\b
	veto-before \b(?:a|large|public|outdoor|wall|school)\s+$
skill lucidchart "Lucidchart"
	kind collaboration
	source onet stackoverflow
	alias lucidchart "lucid chart" lucidspark
skill jamboard "Google Jamboard"
	kind collaboration
	source onet
	alias jamboard "google jamboard"
skill microsoft-whiteboard "Microsoft Whiteboard"
	kind collaboration
	source common
	alias "microsoft whiteboard"
skill mentimeter "Mentimeter"
	kind collaboration
	source onet
	alias mentimeter
skill padlet "Padlet"
	kind collaboration
	source onet simpleicons
	alias padlet

# ---------------------------------------------------------------------------
# Surveys, forms and automation
skill surveymonkey "SurveyMonkey"
	kind collaboration
	source onet stackoverflow simpleicons
	alias surveymonkey "survey monkey"
skill qualtrics "Qualtrics"
	kind business
	source onet stackoverflow simpleicons
	alias qualtrics "qualtrics xm"
skill typeform "Typeform"
	kind collaboration
	source simpleicons
	alias typeform
skill jotform "Jotform"
	kind collaboration
	source stackoverflow
	alias jotform
skill zapier "Zapier"
	kind business
	source stackoverflow simpleicons
	alias zapier

# ---------------------------------------------------------------------------
# UI and UX design
skill figma "Figma"
	kind design
	source onet devicon simpleicons
	alias figma figjam
skill sketch "Sketch"
	kind design
	source stackoverflow devicon simpleicons
	alias "sketch app" sketch.app "bohemian sketch"
	ambiguous sketch
	# drawing, comedy, police sketches
	veto-line \b(?:artists?|drawings?|charcoal|pencils?|graphite|portraits?|police|composites?|sketchbooks?|comedy|comedic|improv|skits?|theatre|theater|plein\s+air|life\s+drawing)\b
	veto-before \b(?:a|to|quick|rough|initial|concept|pencil|character)\s+$
	veto-after ^\s+(?:of|out|show|shows|artist|artists|comedy)\b
skill adobe-xd "Adobe XD"
	kind design
	source onet devicon
	alias "adobe xd" adobexd
skill invision "InVision"
	kind design
	source onet
	alias invision invisionapp "invision app" "invision studio"
skill zeplin "Zeplin"
	kind design
	source stackoverflow
	alias zeplin
skill framer "Framer"
	kind design
	source devicon simpleicons
	alias "framer x" "framer prototyping" "framer sites"
	ambiguous framer
	# a house framer, a picture framer
	veto-line \b(?:carpent\w*|construction|houses?|framing|lumber|roof\w*|walls?|joists?|studs?|nail\w*|picture\s+fram\w*|galleries|gallery|crew)\b
skill balsamiq "Balsamiq"
	kind design
	source onet stackoverflow
	alias balsamiq "balsamiq mockups"
skill axure "Axure RP"
	kind design
	source onet stackoverflow
	alias axure "axure rp"
skill uxpin "UXPin"
	kind design
	source common
	alias uxpin
skill protopie "ProtoPie"
	kind design
	source common
	alias protopie
skill usertesting "UserTesting"
	kind design
	source common
	alias usertesting "usertesting.com"
skill optimal-workshop "Optimal Workshop"
	kind design
	source common
	alias "optimal workshop"

# ---------------------------------------------------------------------------
# Graphics, photo and publishing
skill adobe-creative-cloud "Adobe Creative Cloud"
	kind design
	source onet stackoverflow esco
	alias "adobe creative cloud" "creative cloud" "adobe creative suite" "creative suite"
	alias "adobe cc" "adobe suite" "adobe cs6" "adobe cs"
skill photoshop "Adobe Photoshop"
	kind design
	source onet stackoverflow devicon esco
	alias photoshop "adobe photoshop" "photoshop cc"
skill illustrator "Adobe Illustrator"
	kind design
	source onet stackoverflow devicon esco
	alias "adobe illustrator" "illustrator cc"
	ambiguous illustrator
	# the job: "Freelance Illustrator | Acme Books", "designer and illustrator"
	veto-before \b(?:an|as\s+an?|freelance|children'?s|childrens|book|medical|technical|scientific|staff|lead|senior|junior|fashion|editorial|independent|professional|botanical|concept|comic|comics|storyboard|architectural|designer\s+(?:and|&|/)|artist\s+(?:and|&|/)|author\s+(?:and|&|/)|writer\s+(?:and|&|/)|animator\s+(?:and|&|/))\s*$
	veto-after ^\s*(?:\||@|\s-\s|\s(?:at|for)\s)
skill indesign "Adobe InDesign"
	kind design
	source onet stackoverflow
	alias indesign "adobe indesign"
skill lightroom "Adobe Lightroom"
	kind design
	source onet stackoverflow
	alias lightroom "adobe lightroom" "lightroom classic" "photoshop lightroom"
skill adobe-animate "Adobe Animate"
	kind design
	source stackoverflow
	alias "adobe animate"
skill canva "Canva"
	kind design
	source onet devicon
	alias canva "canva pro"
skill coreldraw "CorelDRAW"
	kind design
	source onet stackoverflow simpleicons
	alias coreldraw "corel draw" "coreldraw graphics suite" "corel painter" "paintshop pro"
	alias "corel paintshop pro"
skill gimp "GIMP"
	kind design
	source onet stackoverflow devicon simpleicons
	alias "gimp image editor"
	ambiguous gimp
	# a limp
	veto-after ^\s+(?:leg|knee)\b
skill inkscape "Inkscape"
	kind design
	source onet stackoverflow devicon simpleicons
	alias inkscape
skill affinity-designer "Affinity Designer"
	kind design
	source common
	alias "affinity designer" "affinity photo" "affinity publisher"
skill quarkxpress "QuarkXPress"
	kind design
	source onet
	alias quarkxpress "quark xpress"
skill procreate "Procreate"
	kind design
	source common
	alias "procreate app"
	ambiguous procreate
	# to have offspring
	veto-line \b(?:offspring|breed\w*|species|reproduc\w*|fertility|captivity)\b
	veto-before \bto\s+$
skill adobe-express "Adobe Express"
	kind design
	source common
	alias "adobe express" "adobe spark"
skill pagemaker "Adobe PageMaker"
	kind design
	source onet
	alias pagemaker "adobe pagemaker"
skill framemaker "Adobe FrameMaker"
	kind design
	source onet stackoverflow
	alias framemaker "adobe framemaker"
skill krita "Krita"
	kind design
	source simpleicons
	alias krita
skill clip-studio-paint "Clip Studio Paint"
	kind design
	source common
	alias "clip studio paint" "clip studio"
skill toon-boom "Toon Boom Harmony"
	kind design
	source common
	alias "toon boom" "toon boom harmony" "toon boom storyboard pro"
skill dreamweaver "Adobe Dreamweaver"
	kind design
	source onet stackoverflow devicon
	alias dreamweaver "adobe dreamweaver" "macromedia dreamweaver"

# ---------------------------------------------------------------------------
# Video, motion and audio
skill after-effects "Adobe After Effects"
	kind design
	source onet stackoverflow devicon
	alias "adobe after effects" aftereffects
	ambiguous "after effects"
	# "the after-effects of the storm"
	veto-after ^\s+of\b
	veto-before \b(?:its|their|lasting|long|term|lingering)\s+$
skill premiere-pro "Adobe Premiere Pro"
	kind design
	source onet stackoverflow
	alias "adobe premier"
	alias "premiere pro" "adobe premiere pro" "adobe premiere" "adobe premier pro"
	ambiguous premiere
	# a film premiere, Premiere Inn
	veto-after ^\s+(?:of|night|nights|event|events|inn|league|party|screening|performance|show)\b
	veto-before \b(?:film|movie|world|season|series|gala|carpet|its)\s+$
skill final-cut-pro "Final Cut Pro"
	kind design
	source onet stackoverflow
	alias "final cut studio" "final cut express"
	alias "final cut pro" "final cut pro x" fcpx "apple final cut pro"
	ambiguous "final cut"
	# "made the final cut"
	veto-before \b(?:made|make|making|makes)\s+the\s+$
skill davinci-resolve "DaVinci Resolve"
	kind design
	source onet simpleicons
	alias "davinci resolve" "da vinci resolve"
skill avid-media-composer "Avid Media Composer"
	kind design
	source onet
	alias "avid media composer"
skill pro-tools "Avid Pro Tools"
	kind design
	source onet simpleicons
	alias "avid pro tools" protools
	ambiguous "pro tools"
	# professional power tools
	veto-line \b(?:power\s+tools|home\s+depot|lowe'?s|contractors?|carpent\w*|drills?|saws?|construction)\b
skill adobe-audition "Adobe Audition"
	kind design
	source onet
	alias "adobe audition"
skill camtasia "Camtasia"
	kind design
	source onet stackoverflow
	alias camtasia "techsmith camtasia"
skill snagit "Snagit"
	kind design
	source onet
	alias snagit
skill articulate-storyline "Articulate Storyline"
	kind design
	source onet stackoverflow
	alias "articulate storyline" "articulate 360" "articulate rise" "rise 360" "storyline 360"
skill adobe-captivate "Adobe Captivate"
	kind design
	source onet stackoverflow
	alias "adobe captivate"
skill vyond "Vyond"
	kind design
	source simpleicons
	alias vyond goanimate
skill imovie "Apple iMovie"
	kind design
	source onet stackoverflow
	alias imovie "apple imovie"
skill wevideo "WeVideo"
	kind design
	source onet
	alias wevideo
skill screencastify "Screencastify"
	kind design
	source onet simpleicons
	alias screencastify
skill screencast-o-matic "Screencast-O-Matic (ScreenPal)"
	kind design
	source onet
	alias "screencast o matic" screenpal

# ---------------------------------------------------------------------------
# Rendering, visualization and fashion 3D
skill keyshot "KeyShot"
	kind design
	source common
	alias keyshot
skill lumion "Lumion"
	kind design
	source onet
	alias lumion
skill enscape "Enscape"
	kind design
	source common
	alias enscape
skill twinmotion "Twinmotion"
	kind design
	source simpleicons
	alias twinmotion
skill v-ray "V-Ray"
	kind design
	source onet
	alias "v ray" vray "chaos v ray"
skill clo-3d "CLO 3D"
	kind design
	source common
	alias "clo 3d" clo3d
skill gerber-accumark "Gerber AccuMark"
	kind design
	source onet
	alias accumark "gerber accumark"

# ---------------------------------------------------------------------------
# CAD, BIM and engineering design
skill autocad "AutoCAD"
	kind design
	source onet stackoverflow simpleicons
	alias autocad "autodesk autocad" "auto cad" "autocad lt" "autocad 2d" "autocad 3d"
skill autocad-civil-3d "AutoCAD Civil 3D"
	kind design
	source onet
	alias "civil 3d" "autocad civil 3d" civil3d
skill revit "Autodesk Revit"
	kind design
	source onet stackoverflow simpleicons
	alias revit "autodesk revit" "revit architecture" "revit mep" "revit structure"
skill navisworks "Autodesk Navisworks"
	kind design
	source onet stackoverflow
	alias navisworks "autodesk navisworks"
skill autodesk-inventor "Autodesk Inventor"
	kind design
	source onet stackoverflow
	alias "autodesk inventor" "inventor professional"
skill fusion-360 "Autodesk Fusion 360"
	kind design
	source onet stackoverflow devicon
	alias "fusion 360" fusion360 "autodesk fusion 360" "autodesk fusion"
skill solidworks "SolidWorks"
	kind design
	source onet stackoverflow simpleicons
	alias solidworks "solid works" "dassault solidworks"
skill catia "CATIA"
	kind design
	source onet stackoverflow
	alias catia "catia v5" "catia v6" "dassault catia"
skill creo "PTC Creo"
	kind design
	source onet
	alias "ptc creo" "creo parametric" "pro/engineer" "pro engineer" "pro/e"
skill siemens-nx "Siemens NX"
	kind design
	source onet
	alias "siemens nx" unigraphics "nx cad" "ug nx"
skill solid-edge "Solid Edge"
	kind design
	source onet
	alias "siemens solid edge" solidedge
	ambiguous "solid edge"
	# "a solid edge over competitors"
	veto-before \b(?:a|an|the|competitive|gave|give|gives|giving)\s+$
	veto-after ^\s+(?:over|in|on|against)\b
skill sketchup "SketchUp"
	kind design
	source onet stackoverflow simpleicons
	alias sketchup "sketchup pro" "trimble sketchup" "google sketchup"
skill archicad "ArchiCAD"
	kind design
	source onet stackoverflow simpleicons
	alias archicad "graphisoft archicad"
skill vectorworks "Vectorworks"
	kind design
	source onet simpleicons
	alias vectorworks
skill microstation "Bentley MicroStation"
	kind design
	source onet stackoverflow simpleicons
	alias microstation "bentley microstation"
skill rhino-3d "Rhinoceros 3D"
	kind design
	source onet stackoverflow
	alias "rhino 3d" rhino3d "rhinoceros 3d" rhinoceros3d "mcneel rhino" grasshopper3d
skill chief-architect "Chief Architect"
	kind design
	source common
	alias "chief architect premier" "chief architect software"
skill bluebeam "Bluebeam Revu"
	kind design
	source common
	alias bluebeam "bluebeam revu"
skill on-screen-takeoff "On-Screen Takeoff"
	kind design
	source onet
	alias "on screen takeoff"
skill tekla "Tekla Structures"
	kind design
	source onet
	alias tekla "tekla structures"
skill staad-pro "STAAD.Pro"
	kind design
	source common
	alias staad.pro "staad pro"
skill etabs "ETABS"
	kind design
	source common
	alias etabs
skill sap2000 "SAP2000"
	kind design
	source common
	alias sap2000
skill ansys "Ansys"
	kind design
	source onet stackoverflow devicon simpleicons
	alias ansys "ansys fluent" "ansys mechanical" "ansys workbench"
skill comsol "COMSOL Multiphysics"
	kind design
	source onet stackoverflow simpleicons
	alias comsol "comsol multiphysics"
skill openroads "Bentley OpenRoads"
	kind design
	source onet
	alias openroads "bentley openroads" "openroads designer"
skill mathcad "PTC Mathcad"
	kind design
	source onet stackoverflow
	alias "math cad"
	alias mathcad "ptc mathcad"
skill mastercam "Mastercam"
	kind design
	source onet
	alias mastercam "cnc mastercam"
skill hec-ras "HEC-RAS"
	kind design
	source onet
	alias "hec ras" hecras "hec hms"

# ---------------------------------------------------------------------------
# GIS and mapping
skill arcgis "Esri ArcGIS"
	kind business
	source onet stackoverflow simpleicons
	alias arcgis "esri arcgis" "arcgis pro" "arcgis online" arcmap arcview arcinfo esri
	alias "arcgis desktop" "arc gis"
skill qgis "QGIS"
	kind business
	source onet stackoverflow simpleicons
	alias qgis
skill erdas-imagine "ERDAS IMAGINE"
	kind business
	source onet
	alias "erdas imagine" erdas
skill google-earth "Google Earth"
	kind business
	source onet stackoverflow simpleicons
	alias "google earth" "google earth pro" "google earth engine"
skill mapinfo "MapInfo Pro"
	kind business
	source onet stackoverflow
	alias mapinfo "mapinfo pro"
skill global-mapper "Global Mapper"
	kind business
	source onet
	alias "global mapper"

# ---------------------------------------------------------------------------
# ERP: SAP
skill sap "SAP"
	kind business
	source onet stackoverflow simpleicons
	alias "sap afs" "sap solution manager" "sap solman" solman
	alias "sap software" "sap system" "sap systems" "sap modules" "sap module"
	ambiguous sap
	# financial aid "SAP" (satisfactory academic progress), clearances
	# ("special access program"), tree sap
	veto-line \b(?:appeals?|satisfactory\s+academic|academic\s+progress|financial\s+aid|security\s+clearances?|secret\s+clearance|ts/sci|special\s+access|sexual\s+assault|maple|syrup)\b
	cue-after ^\s+(?:consultant|consultants|implementation|implementations|users?|transactions?|t[\s-]?codes?|roll[\s-]?outs?|migrations?|upgrades?|go[\s-]?live|analyst|erp|environment|landscape|reports?|data)\b
skill sap-erp "SAP ERP (ECC)"
	kind business
	source onet stackoverflow esco
	alias "sap erp" "sap ecc" "sap r/3" "sap r3" "sap ecc 6.0" "ecc 6.0"
skill sap-s4hana "SAP S/4HANA"
	kind business
	source common
	alias "sap s/4hana" "s/4hana" "s/4 hana" s4hana "s4 hana" "sap s4hana" "sap s/4"
	alias "sap s4 hana" "sap s/4 hana"
skill sap-fico "SAP FICO"
	kind business
	source common
	alias "sap fico" "sap fi/co" "sap fi co" "sap fi" "sap finance"
skill sap-mm "SAP MM"
	kind business
	source common
	alias "sap mm" "sap materials management"
skill sap-sd "SAP SD"
	kind business
	source common
	alias "sap sd" "sap sales and distribution"
skill sap-pp "SAP PP"
	kind business
	source common
	alias "sap pp" "sap production planning"
skill sap-wm "SAP WM / EWM"
	kind business
	source common
	alias "sap wm" "sap ewm" "sap extended warehouse management" "sap warehouse management"
skill sap-pm "SAP PM"
	kind business
	source common
	alias "sap pm" "sap plant maintenance"
skill sap-qm "SAP QM"
	kind business
	source common
	alias "sap qm" "sap quality management"
skill sap-hcm "SAP HCM"
	kind business
	source common
	alias "sap hcm" "sap hr" "sap human capital management"
skill sap-bw "SAP BW"
	kind business
	source onet stackoverflow
	alias "sap bw" "sap bw/4hana" "sap netweaver bw" "sap business warehouse" "sap bi/bw"
skill sap-basis "SAP Basis"
	kind business
	source stackoverflow
	alias "sap basis"
skill sap-crm "SAP CRM"
	kind business
	source stackoverflow
	alias "sap crm" "sap c/4hana" "sap customer experience"
skill sap-ibp "SAP IBP / APO"
	kind business
	source onet
	alias "sap ibp" "sap apo" "sap integrated business planning"
skill sap-business-one "SAP Business One"
	kind business
	source onet stackoverflow
	alias "sap business one" "sap b1" "sap business 1"
skill successfactors "SAP SuccessFactors"
	kind business
	source common
	alias successfactors "sap successfactors"
skill ariba "SAP Ariba"
	kind business
	source onet
	alias ariba "sap ariba"
skill concur "SAP Concur"
	kind business
	source onet
	alias "sap concur" "concur expense" "concur travel" "concur expenses"
	ambiguous concur
	# the verb
	veto-before \b(?:i|we|they|would|fully|both|strongly)\s+$
	veto-after ^\s+(?:with|that|on|in\s+(?:the|this))\b

# ---------------------------------------------------------------------------
# ERP: Oracle, Microsoft and others
skill oracle-ebs "Oracle E-Business Suite"
	kind business
	source onet stackoverflow
	alias "oracle 11i" oracle11i "oracle applications 11i" "oracle apps 11i"
	alias "oracle e business suite" "oracle ebusiness suite" "oracle ebs" "oracle apps"
	alias "oracle applications" "oracle financials" "oracle r12" "oracle ebs r12"
skill oracle-fusion "Oracle Fusion Cloud ERP"
	kind business
	source onet
	alias "oracle fusion" "oracle fusion applications" "oracle fusion cloud" "oracle erp cloud"
	alias "oracle cloud erp" "oracle fusion erp"
skill oracle-hcm "Oracle HCM Cloud"
	kind business
	source common
	alias "oracle hcm" "oracle hcm cloud" "oracle fusion hcm"
skill peoplesoft "PeopleSoft"
	kind business
	source onet stackoverflow
	alias peoplesoft "oracle peoplesoft" "peoplesoft hcm" "peoplesoft financials"
	alias "peoplesoft campus solutions"
	ambiguous "people soft"
	# "people, soft skills" run together
	veto-after ^\s+skills?\b
skill jd-edwards "JD Edwards"
	kind business
	source onet stackoverflow
	alias "jd edwards" "j.d. edwards" jde "jd edwards enterpriseone" "jde enterpriseone" "jde e1"
	alias "jde world" "oracle jd edwards"
skill oracle-hyperion "Oracle Hyperion"
	kind business
	source onet stackoverflow
	alias "oracle hyperion" "hyperion planning" "hyperion financial management" "hyperion hfm"
	alias "hyperion smartview" "hyperion smart view"
	ambiguous hyperion
	# Keats's poem, the moon of Saturn, the tallest redwood
	veto-line \b(?:keats|poems?|saturn|titan|redwood|sequoia)\b
skill netsuite "NetSuite"
	kind business
	source onet stackoverflow
	alias netsuite "oracle netsuite" "netsuite erp" "net suite"
skill siebel "Oracle Siebel CRM"
	kind business
	source onet stackoverflow
	alias siebel "oracle siebel" "siebel crm"
skill microsoft-dynamics "Microsoft Dynamics"
	kind business
	source onet stackoverflow
	alias "microsoft dynamics" "ms dynamics"
skill dynamics-365 "Microsoft Dynamics 365"
	kind business
	source stackoverflow
	alias "dynamics 365" "microsoft dynamics 365" "ms dynamics 365" d365
skill dynamics-crm "Microsoft Dynamics CRM"
	kind business
	source onet stackoverflow
	alias "dynamics crm" "microsoft dynamics crm" "ms dynamics crm" "dynamics 365 crm"
	alias "dynamics 365 sales" "dynamics 365 customer service"
skill dynamics-ax "Microsoft Dynamics AX / 365 Finance and Operations"
	kind business
	source onet stackoverflow
	alias "dynamics ax" "microsoft dynamics ax" axapta "dynamics 365 finance and operations"
	alias "d365 finance and operations" "d365 f&o" d365fo "dynamics 365 finance"
	alias "dynamics 365 supply chain management"
skill dynamics-nav "Microsoft Dynamics NAV / Business Central"
	kind business
	source onet stackoverflow
	alias "dynamics nav" "microsoft dynamics nav" navision "business central"
	alias "dynamics 365 business central" "d365 business central" "d365 bc"
skill dynamics-gp "Microsoft Dynamics GP"
	kind business
	source onet stackoverflow
	alias "dynamics gp" "microsoft dynamics gp" "ms dynamics gp"
	ambiguous "great plains"
	# the region
	veto-after ^\s+(?:region|states?|area|regional|medical|technology\s+center|college|university|tribes?|bank)\b
	veto-before \b(?:the|across|northern|southern|central)\s+$
skill epicor "Epicor ERP"
	kind business
	source onet stackoverflow
	alias epicor "epicor erp" "epicor kinetic" "epicor vantage" "epicor prophet 21" "prophet 21"
skill infor "Infor"
	kind business
	source onet
	alias infor "infor m3" "infor ln" "infor syteline" "infor cloudsuite" "infor xa" "infor visual"
	alias "infor lawson" "lawson software"
skill acumatica "Acumatica"
	kind business
	source stackoverflow
	alias acumatica
skill syspro "SYSPRO"
	kind business
	source onet
	alias syspro
skill power-apps "Microsoft Power Apps"
	kind business
	source stackoverflow
	alias "power apps" powerapps "microsoft power apps"
skill power-automate "Microsoft Power Automate"
	kind business
	source onet
	alias "power automate" "microsoft power automate" "microsoft flow"
skill deltek "Deltek"
	kind business
	source onet
	alias deltek "deltek costpoint" costpoint "deltek vision" "deltek vantagepoint"
skill ibm-maximo "IBM Maximo"
	kind business
	source onet stackoverflow
	alias maximo "ibm maximo"
skill ellucian "Ellucian Banner / Colleague"
	kind business
	source onet stackoverflow
	alias ellucian "ellucian banner" "ellucian colleague" "sungard banner"

# ---------------------------------------------------------------------------
# CRM, sales and marketing automation
skill salesforce "Salesforce"
	kind business
	source onet stackoverflow devicon
	alias salesforce.com sfdc "salesforce crm" "salesforce administration" "salesforce admin"
	alias "salesforce administrator" "salesforce platform"
	ambiguous salesforce
	# a company's sales staff: "the national salesforce of 40 reps"
	veto-before \b(?:entire|national|regional|field|direct|outside|inside|global|external)\s+$
	veto-after ^\s+of\s+\d
skill salesforce-sales-cloud "Salesforce Sales Cloud"
	kind business
	source common
	alias "sales cloud" "salesforce sales cloud"
	# Oracle's Sales Cloud is another product
	veto-before \boracle\s+$
skill salesforce-service-cloud "Salesforce Service Cloud"
	kind business
	source stackoverflow
	alias "service cloud" "salesforce service cloud"
	# Oracle Service Cloud (RightNow) is another product
	veto-before \boracle\s+$
skill salesforce-marketing-cloud "Salesforce Marketing Cloud"
	kind business
	source onet stackoverflow
	alias "salesforce marketing cloud" "marketing cloud" exacttarget sfmc
	# Adobe's and Oracle's marketing clouds are other products
	veto-before \b(?:adobe|oracle)\s+$
skill pardot "Pardot (Account Engagement)"
	kind business
	source stackoverflow
	alias pardot "salesforce pardot" "marketing cloud account engagement"
skill salesforce-cpq "Salesforce CPQ"
	kind business
	source common
	alias "salesforce cpq" steelbrick
skill salesforce-lightning "Salesforce Lightning"
	kind business
	source stackoverflow
	alias "salesforce lightning" "lightning experience" "salesforce lightning experience"
skill hubspot "HubSpot"
	kind business
	source onet stackoverflow simpleicons
	alias hubspot "hubspot crm" "hub spot" "hubspot marketing hub" "hubspot sales hub"
skill marketo "Marketo"
	kind business
	source onet stackoverflow
	alias marketo "adobe marketo" "marketo engage"
skill eloqua "Oracle Eloqua"
	kind business
	source onet stackoverflow
	alias eloqua "oracle eloqua"
skill mailchimp "Mailchimp"
	kind business
	source onet stackoverflow simpleicons
	alias mailchimp "mail chimp"
skill constant-contact "Constant Contact"
	kind business
	source onet stackoverflow
	alias "constant contact email"
	ambiguous "constant contact"
	# "kept in constant contact with families"
	veto-before \b(?:kept|keep|keeps|keeping|maintain|maintained|maintaining|maintains|stay|stayed|staying|remain|remained|remaining)\s+(?:in\s+)?$
	veto-after ^\s+(?:with|between|among)\b
skill activecampaign "ActiveCampaign"
	kind business
	source common
	alias activecampaign
skill klaviyo "Klaviyo"
	kind business
	source common
	alias klaviyo
skill zoho "Zoho"
	kind business
	source onet stackoverflow simpleicons
	alias zoho "zoho crm" "zoho one" "zoho books" "zoho projects" "zoho desk" "zoho creator"
skill pipedrive "Pipedrive"
	kind business
	source common
	alias pipedrive
skill sugarcrm "SugarCRM"
	kind business
	source onet stackoverflow
	alias sugarcrm "sugar crm"
skill freshsales "Freshsales"
	kind business
	source common
	alias freshsales
skill salesloft "Salesloft"
	kind business
	source common
	alias salesloft
skill zoominfo "ZoomInfo"
	kind business
	source common
	alias zoominfo "zoom info"
skill linkedin-sales-navigator "LinkedIn Sales Navigator"
	kind business
	source common
	alias "linkedin sales navigator" "sales navigator"
skill hootsuite "Hootsuite"
	kind business
	source onet stackoverflow simpleicons
	alias hootsuite
skill sprout-social "Sprout Social"
	kind business
	source common
	alias "sprout social"
skill sprinklr "Sprinklr"
	kind business
	source stackoverflow
	alias sprinklr
skill google-ads "Google Ads"
	kind business
	source onet stackoverflow simpleicons
	alias "google ads" "google adwords" adwords "google ad manager"
skill google-tag-manager "Google Tag Manager"
	kind business
	source onet stackoverflow simpleicons
	alias "google tag manager"
skill google-search-console "Google Search Console"
	kind business
	source onet stackoverflow simpleicons
	alias "google search console" "google webmaster tools"
skill meta-ads "Meta Ads Manager"
	kind business
	source common
	alias "meta ads manager" "facebook ads manager" "facebook ads" "meta ads"
	alias "facebook business manager" "meta business suite"
skill semrush "Semrush"
	kind business
	source onet simpleicons
	alias semrush "sem rush"
skill ahrefs "Ahrefs"
	kind business
	source onet
	alias ahrefs
skill screaming-frog "Screaming Frog SEO Spider"
	kind business
	source onet
	alias "screaming frog" "screaming frog seo spider"
skill hotjar "Hotjar"
	kind business
	source stackoverflow simpleicons
	alias hotjar
skill blackbaud "Blackbaud Raiser's Edge"
	kind business
	source onet
	alias blackbaud "raiser's edge" "raisers edge" "raiser's edge nxt" "blackbaud crm"
skill donorperfect "DonorPerfect"
	kind business
	source onet
	alias donorperfect
skill bloomerang "Bloomerang"
	kind business
	source common
	alias bloomerang
skill meltwater "Meltwater"
	kind business
	source common
	alias meltwater
skill cision "Cision"
	kind business
	source onet
	alias cision
skill brandwatch "Brandwatch"
	kind business
	source common
	alias brandwatch
skill microsoft-advertising "Microsoft Advertising (Bing Ads)"
	kind business
	source onet
	alias "bing ads" "microsoft advertising"
skill linkedin-campaign-manager "LinkedIn Campaign Manager"
	kind business
	source common
	alias "linkedin campaign manager" "linkedin ads"
skill amazon-seller-central "Amazon Seller Central"
	kind business
	source stackoverflow
	alias "amazon seller central" "seller central" "vendor central" "amazon vendor central"
skill gong "Gong"
	kind business
	source common
	alias gong.io
skill apollo-io "Apollo.io"
	kind business
	source common
	alias apollo.io

# ---------------------------------------------------------------------------
# Customer service, IT service management and contact centres
skill servicenow "ServiceNow"
	kind business
	source onet stackoverflow
	alias servicenow "servicenow itsm" "servicenow itom" "servicenow hrsd"
skill remedy "BMC Remedy"
	kind business
	source onet stackoverflow
	alias "remedy ticketing tool" "bmc remedy ticketing"
	alias "bmc remedy" "remedy itsm" "bmc helix" "remedy ticketing" remedyforce
	ambiguous remedy
	# "to remedy customer complaints", a home remedy
	veto-before \b(?:to|home|herbal|natural|legal|equitable|quick|effective)\s+$
	veto-after ^\s+(?:for|to|the|of|customer|customers|client|issues?|complaints?|problems?|situations?|deficienc\w*|errors?|discrepanc\w*|concerns?|any|this|these|those|plans?|actions?|measures?|steps?)\b
skill zendesk "Zendesk"
	kind business
	source stackoverflow simpleicons
	alias zendesk "zendesk support"
skill freshdesk "Freshdesk"
	kind business
	source stackoverflow
	alias freshdesk
skill freshservice "Freshservice"
	kind business
	source common
	alias freshservice
skill help-scout "Help Scout"
	kind business
	source simpleicons
	alias helpscout
skill genesys "Genesys Cloud"
	kind business
	source stackoverflow
	alias "genesys cloud" "genesys purecloud" purecloud "genesys engage"
	ambiguous genesys
	# Genesys Regional Medical Center, Genesys Health System
	veto-after ^\s+(?:regional|health|hospital|medical|school|biologics)\b
skill five9 "Five9"
	kind business
	source stackoverflow
	alias five9
skill avaya "Avaya"
	kind business
	source onet stackoverflow
	alias avaya "avaya cms"
skill nice-cxone "NICE CXone"
	kind business
	source onet
	alias "nice cxone" cxone "nice incontact" incontact
skill talkdesk "Talkdesk"
	kind business
	source common
	alias talkdesk
skill cherwell "Cherwell Service Management"
	kind business
	source common
	alias cherwell
skill topdesk "TOPdesk"
	kind business
	source common
	alias topdesk
skill sysaid "SysAid"
	kind business
	source common
	alias sysaid

# ---------------------------------------------------------------------------
# HR, payroll, time and recruiting
skill workday "Workday"
	kind business
	source onet
	alias "workday hcm" "workday financials" "workday recruiting" "workday payroll"
	alias "workday financial management" "workday adaptive planning" "workday studio"
	ambiguous workday
	# "a 12-hour workday"
	veto-before \b(?:no|any|one|each|every|per|typical|busy|long|longer|short|shorter|full|normal|entire|whole|average|standard|hours?|hr|hrs|same|next|first|last|\d+)\s+$
	veto-before \b(?:during|throughout|through|across|over|of|into|end\s+of|start\s+of|rest\s+of)\s+(?:the|a|my|our|your|their)\s+$
	veto-after ^\s+(?:schedules?|hours|routines?|shifts?|starts?|started|ends?|ended|began|begins|went|around|lunch|breaks?|tasks)\b
	veto-before 's\s+$
	cue-before \binto\s+$
	cue-after ^\s+(?:implementation|implementations|hcm|tenant|reports?|reporting|system|integrations?|admin\w*|go[\s-]?live|roll[\s-]?out|configuration|security|business\s+process\w*)\b
skill adp "ADP"
	kind business
	source onet simpleicons
	alias adp "adp workforce now" "adp payroll" "adp vantage" "adp run" "adp etime"
	alias "adp totalsource" "adp ez labor"
skill ukg "UKG (Kronos, UltiPro)"
	kind business
	source onet stackoverflow
	alias ukg "ukg pro" "ukg ready" "ukg dimensions" ultipro kronos "kronos workforce central"
	alias "kronos timekeeper" "kronos workforce timekeeper" "kronos workforce"
skill paychex "Paychex"
	kind business
	source onet simpleicons
	alias paychex "paychex flex"
skill gusto "Gusto"
	kind business
	source simpleicons
	alias "gusto payroll" "gusto hr"
	ambiguous gusto
	# "with gusto", unless the line is about payroll
	veto-line ^(?!.*\b(?:payroll|benefits|onboarding|pto|timesheets?|contractors?|1099s?|w\s?2s?)\b).*\bwith\s+(?:great\s+|real\s+|such\s+|much\s+)?gusto\b
skill paycom "Paycom"
	kind business
	source common
	alias paycom
skill paylocity "Paylocity"
	kind business
	source onet
	alias paylocity
skill dayforce "Dayforce (Ceridian)"
	kind business
	source onet
	alias dayforce "ceridian dayforce" ceridian
skill bamboohr "BambooHR"
	kind business
	source common
	alias bamboohr "bamboo hr"
skill icims "iCIMS"
	kind business
	source onet
	alias icims
skill taleo "Oracle Taleo"
	kind business
	source onet stackoverflow esco
	alias taleo "oracle taleo"
skill greenhouse "Greenhouse (ATS)"
	kind business
	source simpleicons
	alias greenhouse.io "greenhouse ats" "greenhouse recruiting"
skill jobvite "Jobvite"
	kind business
	source common
	alias jobvite
skill bullhorn "Bullhorn"
	kind business
	source onet
	alias "bullhorn ats" "bullhorn crm"
skill cornerstone-ondemand "Cornerstone OnDemand"
	kind business
	source onet
	alias "cornerstone ondemand" "cornerstone lms" csod
skill paycor "Paycor"
	kind business
	source onet
	alias paycor
skill trinet "TriNet"
	kind business
	source common
	alias trinet
skill justworks "Justworks"
	kind business
	source common
	alias justworks
skill zenefits "Zenefits"
	kind business
	source common
	alias zenefits
skill smartrecruiters "SmartRecruiters"
	kind business
	source common
	alias smartrecruiters
skill jazzhr "JazzHR"
	kind business
	source common
	alias jazzhr
skill hotschedules "HotSchedules"
	kind business
	source common
	alias hotschedules
skill 7shifts "7shifts"
	kind business
	source common
	alias 7shifts

# ---------------------------------------------------------------------------
# Accounting, finance operations and tax
skill quickbooks "QuickBooks"
	kind business
	source onet stackoverflow simpleicons
	alias quickbooks "quick books" "intuit quickbooks" "quickbooks online" qbo "quickbooks desktop"
	alias "quickbooks pro" "quickbooks enterprise" "quickbooks point of sale" "quickbooks pos"
skill xero "Xero"
	kind business
	source simpleicons
	alias xero
skill sage "Sage"
	kind business
	source onet stackoverflow simpleicons
	alias "sage 50" "sage 100" "sage 300" "sage x3" "sage accounting" "sage erp" "sage 50 accounting"
	alias "sage 300 cre" "sage 100 contractor" "sage mas 90" "sage mas 200" "sage accpac" "sage hrms"
	alias "sage 50cloud" "sage peachtree"
	ambiguous sage peachtree
	# "sage advice", the herb; Peachtree Street in Atlanta
	veto-before \b(?:wise|old|fresh|dried|rosemary|thyme|parsley|clary|white|burning|burnt)\s+$
	veto-after ^\s+(?:advice|counsel|words?|green|leaves|butter|and\s+(?:thyme|rosemary|onion)|st|street|road|rd|city|corners|industrial|center|centre|plaza|ave|avenue|battle|creek|ridge|hills)\b
	# employers of those names: "SOC Analyst - Peachtree Managed Security 2024 - now"
	veto-after ^\s+(?:managed|security|capital|partners|group|financial|bank|health\w*|medical|hospital|dental|insurance|realty|properties|consulting|solutions|services|hotel|inc|llc|ltd|corp\w*|company|publications|publishing)\b
	veto-line \b(?:19|20)\d\d\s*(?:-|to)\s*(?:(?:19|20)\d\d|now|present|current)\b
skill sage-intacct "Sage Intacct"
	kind business
	source onet
	alias "sage intacct" intacct
skill freshbooks "FreshBooks"
	kind business
	source common
	alias freshbooks
skill quicken "Quicken"
	kind business
	source onet stackoverflow
	alias quicken "intuit quicken"
skill turbotax "TurboTax"
	kind business
	source onet
	alias turbotax "turbo tax"
skill lacerte "Lacerte"
	kind business
	source onet
	alias lacerte "intuit lacerte"
skill proseries "ProSeries"
	kind business
	source onet
	alias proseries "intuit proseries"
skill ultratax "UltraTax CS"
	kind business
	source onet
	alias ultratax "ultratax cs"
skill drake-tax "Drake Tax"
	kind business
	source common
	alias "drake tax" "drake software"
skill cch-axcess "CCH Axcess"
	kind business
	source onet
	alias "cch axcess" "cch prosystem fx" "prosystem fx"
skill bill-com "BILL (Bill.com)"
	kind business
	source common
	alias bill.com
skill expensify "Expensify"
	kind business
	source simpleicons
	alias expensify
skill blackline "BlackLine"
	kind business
	source common
	alias blackline
skill coupa "Coupa"
	kind business
	source stackoverflow
	alias coupa
skill anaplan "Anaplan"
	kind business
	source common
	alias anaplan
skill adaptive-insights "Adaptive Insights"
	kind business
	source common
	alias "adaptive insights"
skill avalara "Avalara"
	kind business
	source onet
	alias avalara "avalara avatax" avatax
skill tipalti "Tipalti"
	kind business
	source common
	alias tipalti

# ---------------------------------------------------------------------------
# Finance and market data
skill bloomberg-terminal "Bloomberg Terminal"
	kind business
	source onet stackoverflow
	alias "bloomberg terminal" "bloomberg professional" "bloomberg anywhere" "bloomberg terminals"
	ambiguous bloomberg
	# the company, its news, Michael Bloomberg
	veto-before \b(?:michael|mike|mayor|at|for|by|featured\s+in|quoted\s+in|published\s+in|appeared\s+in|appeared\s+on|cited\s+in|covered\s+by|interviewed\s+by|according\s+to)\s+$
	cue-before \bfrom\s+$
	veto-after ^\s+(?:news|businessweek|lp|l\.p|philanthropies|tv|television|radio|school|media|law|tax|beta|intelligence|markets|opinion|article|articles|interview|reporter|journalist)\b
skill factset "FactSet"
	kind business
	source common
	alias factset
skill refinitiv-eikon "Refinitiv Eikon (LSEG Workspace)"
	kind business
	source stackoverflow
	alias refinitiv "refinitiv eikon" "thomson reuters eikon" eikon "reuters eikon"
	alias "lseg workspace"
skill capital-iq "S&P Capital IQ"
	kind business
	source onet
	alias "capital iq" "s&p capital iq" capiq
skill pitchbook "PitchBook"
	kind business
	source common
	alias pitchbook
skill morningstar-direct "Morningstar Direct"
	kind business
	source common
	alias "morningstar direct"
skill dealogic "Dealogic"
	kind business
	source common
	alias dealogic
skill preqin "Preqin"
	kind business
	source common
	alias preqin
skill bloomberg-law "Bloomberg Law"
	kind business
	source common
	alias "bloomberg law"
skill argus-enterprise "ARGUS Enterprise"
	kind business
	source common
	alias "argus enterprise" "argus developer" "altus argus"
skill murex "Murex"
	kind business
	source common
	alias murex
skill blackrock-aladdin "BlackRock Aladdin"
	kind business
	source common
	alias "blackrock aladdin"
skill advent-geneva "Advent Geneva / Axys"
	kind business
	source onet
	alias "advent geneva" "advent axys" "ss&c advent"
skill redtail "Redtail CRM"
	kind business
	source onet
	alias "redtail crm" "redtail technology"
skill wealthbox "Wealthbox"
	kind business
	source common
	alias wealthbox
skill emoney "eMoney Advisor"
	kind business
	source common
	alias "emoney advisor" emoney
skill moneyguidepro "MoneyGuidePro"
	kind business
	source onet
	alias moneyguidepro moneyguide
skill ncino "nCino"
	kind business
	source common
	alias ncino
skill encompass-los "Encompass (ICE Mortgage Technology)"
	kind business
	source onet
	alias "ellie mae" "ellie mae encompass" encompass360 "encompass los"
skill calyx-point "Calyx Point"
	kind business
	source onet
	alias "calyx point"
skill desktop-underwriter "Desktop Underwriter"
	kind business
	source onet
	alias "desktop underwriter" "fannie mae du"

# ---------------------------------------------------------------------------
# Insurance
skill guidewire "Guidewire"
	kind business
	source stackoverflow
	alias guidewire claimcenter policycenter billingcenter "guidewire claimcenter"
	alias "guidewire policycenter"
skill applied-epic "Applied Epic"
	kind business
	source common
	alias "applied epic" "applied systems epic"
skill ams360 "Vertafore AMS360"
	kind business
	source common
	alias ams360 vertafore "vertafore ams360"
skill xactimate "Xactimate"
	kind business
	source onet
	alias xactimate "verisk xactimate"
skill ccc-one "CCC ONE"
	kind business
	source onet
	alias "ccc one" "ccc pathways"

# ---------------------------------------------------------------------------
# Healthcare and life sciences
skill epic "Epic (EHR)"
	kind business
	source onet
	alias "epic systems" "epic emr" "epic ehr" epiccare "epic hyperspace" "epic clarity"
	alias "epic caboodle" "epic beaker" "epic willow" "epic cadence" "epic resolute"
	alias "epic prelude" "epic radiant" "epic optime" "epic stork" "epic ambulatory"
	alias "epic inpatient" "epic mychart"
	ambiguous epic
	# Epic Games, "an epic journey"
	veto-line \b(?:fortnite|unreal|video\s+games?|gaming)\b
	veto-before \b(?:truly|most|so|pretty|really|absolutely)\s+$
	veto-after ^\s+(?:games?|fail|fails|journey|adventure|adventures|proportions|poem|poems|novel|story|stories|saga|battle|battles|win|wins|year|years|season|seasons|month|week|night|trip|ride|run|effort|moment|comeback|turnaround)\b
	cue-after ^\s+(?:charting|emr|ehr|certified|certification|go[\s-]?live|training|trainer|super\s?users?|analyst|build|builder|credentialed|documentation)\b
skill cerner "Cerner (Oracle Health)"
	kind business
	source onet
	alias cerner "cerner millennium" "cerner powerchart" powerchart "oracle cerner"
	alias "oracle health"
skill meditech "MEDITECH"
	kind business
	source onet
	alias meditech "meditech expanse" "meditech magic"
skill athenahealth "athenahealth"
	kind business
	source onet
	alias athenahealth "athena health" athenaone athenacollector athenaclinicals "athena ehr"
skill eclinicalworks "eClinicalWorks"
	kind business
	source onet
	alias eclinicalworks "eclinical works"
skill nextgen "NextGen Healthcare"
	kind business
	source onet
	alias "nextgen healthcare" "nextgen emr" "nextgen ehr" "nextgen office"
skill allscripts "Allscripts (Veradigm)"
	kind business
	source onet
	alias allscripts "allscripts sunrise" veradigm "allscripts professional"
skill practice-fusion "Practice Fusion"
	kind business
	source common
	alias "practice fusion"
skill kareo "Kareo (Tebra)"
	kind business
	source onet
	alias kareo tebra
skill pointclickcare "PointClickCare"
	kind business
	source onet
	alias pointclickcare "point click care"
skill matrixcare "MatrixCare"
	kind business
	source common
	alias matrixcare
skill dentrix "Dentrix"
	kind business
	source onet stackoverflow
	alias dentrix "dentrix ascend" "henry schein dentrix"
skill eaglesoft "Eaglesoft"
	kind business
	source onet
	alias eaglesoft "patterson eaglesoft"
skill omnicell "Omnicell"
	kind business
	source common
	alias omnicell
skill pyxis "Pyxis MedStation"
	kind business
	source onet
	alias "pyxis medstation" "bd pyxis" "pyxis machine"
skill advancedmd "AdvancedMD"
	kind business
	source onet
	alias advancedmd
skill drchrono "DrChrono"
	kind business
	source common
	alias drchrono
skill wellsky "WellSky"
	kind business
	source common
	alias wellsky
skill hchb "Homecare Homebase"
	kind business
	source common
	alias "homecare homebase" hchb
skill netsmart "Netsmart myEvolv"
	kind business
	source onet
	alias netsmart myevolv "netsmart myevolv"
skill therapynotes "TherapyNotes"
	kind business
	source common
	alias therapynotes
skill simplepractice "SimplePractice"
	kind business
	source common
	alias simplepractice
skill webpt "WebPT"
	kind business
	source common
	alias webpt
skill carecloud "CareCloud"
	kind business
	source onet
	alias carecloud
skill modmed "ModMed (Modernizing Medicine)"
	kind business
	source onet
	alias modmed "modernizing medicine" "modmed ema"
skill primesuite "Greenway PrimeSUITE"
	kind business
	source onet
	alias primesuite "greenway primesuite" "greenway intergy"
skill ge-centricity "GE Centricity"
	kind business
	source onet
	alias "ge centricity" "centricity emr" "centricity ehr" "centricity practice solution"
skill optum-encoderpro "Optum EncoderPro"
	kind business
	source common
	alias encoderpro "optum encoderpro" "optum360 encoderpro"
skill veeva "Veeva"
	kind business
	source common
	alias veeva "veeva vault" "veeva crm" "veeva systems"
skill medidata "Medidata Rave"
	kind business
	source onet
	alias medidata "medidata rave" "rave edc"
skill oracle-argus "Oracle Argus Safety"
	kind business
	source common
	alias "argus safety" "oracle argus" "oracle argus safety"
skill redcap "REDCap"
	kind business
	source onet
	alias redcap
skill oracle-clinical "Oracle Clinical"
	kind business
	source onet
	alias "oracle clinical" "oracle inform"
skill labware-lims "LabWare LIMS"
	kind business
	source onet
	alias "labware lims"
skill starlims "STARLIMS"
	kind business
	source onet
	alias starlims
skill waters-empower "Waters Empower"
	kind business
	source onet
	alias "waters empower" "empower chromatography" "empower cds"
skill chromeleon "Chromeleon"
	kind business
	source common
	alias chromeleon "thermo chromeleon"
skill trackwise "TrackWise"
	kind business
	source onet
	alias trackwise "sparta trackwise"
skill mastercontrol "MasterControl"
	kind business
	source onet
	alias mastercontrol "master control qms"

# ---------------------------------------------------------------------------
# Property management and construction
skill yardi "Yardi"
	kind business
	source onet
	alias yardi "yardi voyager" "yardi breeze" "yardi systems"
skill appfolio "AppFolio"
	kind business
	source onet
	alias appfolio
skill realpage "RealPage"
	kind business
	source onet
	alias realpage "realpage onesite"
skill buildium "Buildium"
	kind business
	source common
	alias buildium
skill entrata "Entrata"
	kind business
	source common
	alias entrata
skill procore "Procore"
	kind business
	source onet
	alias procore
skill primavera "Oracle Primavera P6"
	kind business
	source onet stackoverflow
	alias "primavera p6" "oracle primavera" "p6 primavera" "primavera p6 eppm"
	alias "oracle primavera p6"
	ambiguous primavera
	# the season in Spanish and Italian, Vivaldi, Primavera Sound
	veto-line \b(?:vivaldi|primavera\s+sound|festivals?|concerts?|orchestra\w*|symphon\w*)\b
skill plangrid "PlanGrid"
	kind business
	source simpleicons
	alias plangrid
skill buildertrend "Buildertrend"
	kind business
	source common
	alias buildertrend
skill mri-software "MRI Software"
	kind business
	source common
	alias "mri software"
skill dotloop "dotloop"
	kind business
	source common
	alias dotloop
skill skyslope "SkySlope"
	kind business
	source common
	alias skyslope
skill kvcore "kvCORE"
	kind business
	source common
	alias kvcore

# ---------------------------------------------------------------------------
# Point of sale and hospitality
skill square-pos "Square POS"
	kind business
	source common
	alias "square pos" "square point of sale" "square for restaurants" "square register"
	alias "square for retail" "square payments"
skill toast-pos "Toast POS"
	kind business
	source common
	alias "toast pos" toasttab "toast point of sale"
skill clover-pos "Clover POS"
	kind business
	source common
	alias "clover pos" "clover point of sale"
skill oracle-micros "Oracle MICROS"
	kind business
	source common
	alias "oracle micros" "micros pos" "micros simphony" simphony
skill aloha-pos "NCR Aloha"
	kind business
	source common
	alias "aloha pos" "ncr aloha"
skill touchbistro "TouchBistro"
	kind business
	source common
	alias touchbistro
skill lightspeed-pos "Lightspeed"
	kind business
	source onet
	alias "lightspeed pos" "lightspeed retail" "lightspeed restaurant"
skill oracle-opera "Oracle OPERA PMS"
	kind business
	source onet
	alias "opera pms" "oracle opera" "micros opera" "opera cloud" "opera property management"
skill opentable "OpenTable"
	kind business
	source onet
	alias opentable

# ---------------------------------------------------------------------------
# Supply chain and warehousing
skill manhattan-wms "Manhattan WMS"
	kind business
	source onet
	alias "manhattan wms" "manhattan associates" "manhattan scale"
skill kinaxis "Kinaxis RapidResponse"
	kind business
	source common
	alias kinaxis "kinaxis rapidresponse" rapidresponse
skill blue-yonder "Blue Yonder (JDA)"
	kind business
	source onet
	alias "jda software" "blue yonder wms" "jda wms"
skill e2open "E2open"
	kind business
	source common
	alias e2open
skill highjump "HighJump WMS"
	kind business
	source onet
	alias highjump "highjump wms"
skill oracle-otm "Oracle Transportation Management"
	kind business
	source common
	alias "oracle otm" "oracle transportation management"
skill mercurygate "MercuryGate"
	kind business
	source common
	alias mercurygate

# ---------------------------------------------------------------------------
# Education
skill blackboard "Blackboard Learn"
	kind business
	source onet stackoverflow
	alias "blackboard learn" "blackboard lms" "blackboard collaborate" "blackboard ultra"
	ambiguous blackboard
	# the board on the classroom wall
	veto-before \b(?:on\s+the|chalk|classroom|wall)\s+$
	veto-after ^\s+(?:and\s+chalk|chalk|eraser|paint)\b
skill canvas-lms "Canvas LMS"
	kind business
	source onet stackoverflow
	alias "canvas lms" "instructure canvas"
skill d2l-brightspace "D2L Brightspace"
	kind business
	source onet stackoverflow
	alias d2l desire2learn brightspace "d2l brightspace"
skill schoology "Schoology"
	kind business
	source onet esco
	alias schoology
skill google-classroom "Google Classroom"
	kind business
	source onet stackoverflow simpleicons
	alias "google classroom"
skill powerschool "PowerSchool"
	kind business
	source onet stackoverflow
	alias powerschool "power school"
skill infinite-campus "Infinite Campus"
	kind business
	source common
	alias "infinite campus"
skill nearpod "Nearpod"
	kind business
	source onet
	alias nearpod
skill kahoot "Kahoot!"
	kind business
	source onet simpleicons
	alias kahoot
skill turnitin "Turnitin"
	kind business
	source onet
	alias turnitin
skill classdojo "ClassDojo"
	kind business
	source onet
	alias classdojo "class dojo"
skill edpuzzle "Edpuzzle"
	kind business
	source onet
	alias edpuzzle
skill flipgrid "Flip (Flipgrid)"
	kind business
	source onet
	alias flipgrid
skill sakai "Sakai"
	kind business
	source onet stackoverflow esco
	alias "sakai cle" "sakai lms"
skill edmodo "Edmodo"
	kind business
	source onet esco
	alias edmodo
skill quizlet "Quizlet"
	kind business
	source onet simpleicons
	alias quizlet
skill parentsquare "ParentSquare"
	kind business
	source onet
	alias parentsquare

# ---------------------------------------------------------------------------
# Legal and research
skill lexisnexis "LexisNexis"
	kind business
	source onet
	alias lexisnexis "lexis nexis" "lexis+" "lexis advance"
skill westlaw "Westlaw"
	kind business
	source onet
	alias westlaw "westlaw edge" "thomson reuters westlaw"
skill imanage "iManage"
	kind business
	source onet stackoverflow
	alias imanage
skill netdocuments "NetDocuments"
	kind business
	source onet
	alias netdocuments
skill clio "Clio"
	kind business
	source common
	alias "clio manage" "clio grow" "clio legal"
skill relativity "Relativity"
	kind business
	source onet
	alias relativityone "relativity one" "relativity ediscovery" "relativity e discovery"
skill aderant "Aderant"
	kind business
	source onet
	alias aderant "aderant expert"
skill elite-3e "Elite 3E"
	kind business
	source onet
	alias "elite 3e" "thomson reuters elite"
skill pclaw "PCLaw"
	kind business
	source onet
	alias pclaw "lexisnexis pclaw"

# ===========================================================================
# More office, design, collaboration and SAP development tools
# ===========================================================================

# Adobe (Macromedia) Flash, the authoring tool and its player.  A flash
# is also a camera flash, flash memory, a flash sale and a news flash.
skill adobe-flash "Adobe Flash"
	kind design
	source onet stackoverflow
	alias "adobe flash" "macromedia flash" "flash cs3" "flash cs4" "flash cs5" "flash cs5.5" "flash cs6"
	alias "flash mx" "flash 8" "adobe flash professional" "flash professional" "flash player"
	alias "adobe flash player" "macromedia flash mx" "flash builder" "adobe flash builder"
	alias "macromedia flash 6" "macromedia flash 6.0" "flash 6.0" "flash animation" "flash animations"
	ambiguous flash
	veto-before \b(?:nor|nand|spi|qspi|serial|onboard|on\s+chip|internal|external|usb|camera|news|hot|to|into|from|in\s+a|off\s+camera|speed\s*light|led|strobe|compact)\s+$
	veto-after ^\s*(?:memory|memories|drives?|storage|cards?|chips?|sales?|floods?|flooding|fiction|photography|point|points|mob|mobs|programming|programmer|loader|rom|eeprom|controller|file\s*system|filesystem|banks?|sectors?|pages?|erase|wear|units?|guns?|lights?|freez\w*|cards|reports?|of\s+(?:light|inspiration|genius))\b
	veto-line \b(?:nand|eeprom|bootloaders?|firmware|microcontrollers?|mcus?|jtag|ssds?|emmc|speedlights?|strobes?|lighting|photographs?|photographer)\b
skill adobe-fireworks "Adobe Fireworks"
	kind design
	source stackoverflow
	alias "adobe fireworks" "macromedia fireworks" "fireworks cs3" "fireworks cs4" "fireworks cs5"
	# fireworks displays
	ambiguous fireworks
	veto-before \b(?:the|new\s+year'?s?|july|4th|fourth|festive|holiday|diwali)\s+$
	veto-after ^\s*(?:displays?|shows?|over|at\s+(?:the|midnight)|night|season)\b
	veto-line \b(?:displays?|celebrations?|new\s+year|bonfire|pyrotechnics?)\b
skill frontpage "Microsoft FrontPage"
	kind design
	source onet stackoverflow
	alias frontpage "microsoft frontpage" "ms frontpage" "microsoft front page" "ms front page"
	# a newspaper's front page
	ambiguous "front page"
	veto-before \b(?:made|on\s+the|newspaper'?s?|paper'?s?)\s+$
	veto-after ^\s*(?:news|story|stories|headlines?|of|articles?|coverage|photos?)\b
skill smartboard "SMART Board"
	kind office
	source common
	alias smartboard smartboards "smart notebook" "smart technologies"
	# a smart board of directors
	ambiguous "smart board"
	veto-after ^\s*(?:members?|of\s+directors|meetings?|decisions?)\b
skill microsoft-exchange "Microsoft Exchange Server"
	kind collaboration
	source onet stackoverflow
	alias "exchange server" "microsoft exchange" "ms exchange" "microsoft exchange server"
	alias "exchange server 2003" "exchange server 2007" "exchange server 2010" "exchange server 2013"
	alias "exchange server 2016" "exchange server 2019" "exchange 2003" "exchange 2007" "exchange 2010"
	alias "exchange 2013" "exchange 2016" "exchange 2019" "exchange online"
	alias "microsoft exchange server 2007" "microsoft exchange server 2010" "ms exchange server"
skill lync "Microsoft Lync"
	kind collaboration
	source stackoverflow
	alias lync "microsoft lync" "ms lync" "lync server" "lync 2010" "lync 2013" "lync 2010 server"
	alias "lync server 2010" "lync server 2013"
skill staffhub "Microsoft StaffHub"
	kind collaboration
	source common
	alias staffhub "microsoft staffhub"
skill redmine "Redmine"
	kind collaboration
	source stackoverflow
	alias redmine
skill mantisbt "MantisBT"
	kind collaboration
	source onet stackoverflow
	alias mantisbt "mantis bt" "mantis bug tracker" "mantis bugtracker"
	# the insect
	ambiguous mantis
	veto-before \b(?:praying)\s+$
	veto-after ^\s*(?:shrimps?|insects?|species|eggs?|style|kung)\b
skill cdets "Cisco CDETS"
	kind collaboration
	source common
	alias cdets "cisco cdets"
skill sap-bapi "SAP BAPI"
	kind business
	source stackoverflow
	alias bapi bapis "sap bapi" "sap bapis"
	implies sap
skill sap-idoc "SAP IDoc / ALE"
	kind business
	source stackoverflow
	alias idoc idocs "sap idoc" "sap idocs" "ale/idoc" "ale/idocs" "ale idoc" "ale idocs"
	implies sap
skill sapscript "SAPscript"
	kind business
	source stackoverflow
	alias sapscript sapscripts "sap script" "sap scripts" "sap smartforms" smartforms
	implies sap
skill web-dynpro "SAP Web Dynpro"
	kind business
	source stackoverflow
	alias webdynpro "web dynpro" "sap webdynpro" "sap web dynpro" "web dynpro abap" "webdynpro abap"
	implies sap abap
skill sap-pi "SAP PI/PO (XI)"
	kind business
	source stackoverflow
	alias "sap pi" "sap xi" "sap pi/po" "sap po" "sap process integration" "sap exchange infrastructure"
	alias "sap process orchestration" "sap pi/xi"
	implies sap
skill flexcube "Oracle FLEXCUBE"
	kind business
	source common
	alias flexcube "oracle flexcube"
skill aras-innovator "Aras Innovator (PLM)"
	kind business
	source common
	alias "aras plm" "aras innovator"
