# gapcheck technology catalogue: cloud, containers, CI/CD, version control,
# infrastructure as code, observability and web servers (see
# gapcheck-lexicon(5) and lexicon/catalogue/kinds.lex).
#
# Entries whose id also appears in lexicon/backend.lex (docker, kubernetes,
# aws, gcp, azure, aws-lambda, aws-api-gateway, cloud-run, gcp-pubsub,
# terraform, dynamodb, git, github-actions, datadog, new-relic, pagerduty)
# only add kind, tag, sources and spellings the role does not list; their
# context rules live in the role.
#
# Cloud service names that are ordinary words (Glue, Athena, Aurora,
# Neptune, Batch, Config, Shield, Spanner, Composer, Front Door ...) are
# listed with their vendor prefix ("aws glue", "amazon athena", "google
# cloud spanner"); the bare word is ambiguous or left out.  A spelling
# may match across a comma ("AWS, Glue" reads as AWS Glue); every vendor
# service implies its cloud, so the cloud is still found.
#
# Kinds: cloud (providers, platforms and virtualization), cloud-service,
# container, cicd, vcs, iac, observability, web-server; HashiCorp Vault is
# kept here as kind security.  Every ambiguous spelling has a yes and a
# no line in tests/lexicon/catalogue/cloud.tsv; its vetoes cover the
# senses real resumes use (chefs, ranchers, pharmacies, medical records,
# activities of daily living, golf caddies, pole vaults, Hong Kong ...).

# ===========================================================================
# Cloud providers and platforms
# ===========================================================================

skill aws "AWS"
	kind cloud
	tag cloud-provider
	source onet devicon stackoverflow
	alias "aws cli" "aws console" "aws management console" "aws sdk" "aws services"
	implies cloud-computing

skill gcp "Google Cloud"
	kind cloud
	tag cloud-provider
	source onet devicon simpleicons stackoverflow
	alias "google cloud console" "gcp console" "google cloud sdk" "gcloud cli" "gcp cloud"
	implies cloud-computing

skill azure "Microsoft Azure"
	kind cloud
	tag cloud-provider
	source onet devicon stackoverflow
	alias "azure cli" "az cli" "azure portal" "azure cloud services" "azure powershell"
	alias "azure sdk"
	implies cloud-computing

skill oracle-cloud "Oracle Cloud Infrastructure"
	kind cloud
	tag cloud-provider
	source onet stackoverflow
	alias "oracle cloud" "oracle cloud infrastructure" "oci cloud" "oracle oci"
	# OCI is also the Open Container Initiative
	ambiguous oci
	veto-after ^\s*(?:images?|image\s+spec|spec(?:ification)?s?|runtimes?|compliant|registry|artifacts?|distribution)\b
	implies cloud-computing

skill ibm-cloud "IBM Cloud"
	kind cloud
	tag cloud-provider
	source onet stackoverflow
	alias "ibm cloud" "ibm bluemix" bluemix "ibm softlayer" softlayer
	implies cloud-computing

skill alibaba-cloud "Alibaba Cloud"
	kind cloud
	tag cloud-provider
	source simpleicons stackoverflow
	alias "alibaba cloud" aliyun "alibaba cloud ecs"
	implies cloud-computing

skill tencent-cloud "Tencent Cloud"
	kind cloud
	tag cloud-provider
	source common
	alias "tencent cloud"
	implies cloud-computing

skill digitalocean "DigitalOcean"
	kind cloud
	tag cloud-provider
	source devicon simpleicons stackoverflow
	alias digitalocean "digital ocean" "digitalocean droplets"
	implies cloud-computing

skill linode "Linode (Akamai)"
	kind cloud
	tag cloud-provider
	source stackoverflow
	alias linode "akamai linode" "akamai cloud computing"
	implies cloud-computing

skill vultr "Vultr"
	kind cloud
	tag cloud-provider
	source simpleicons
	alias vultr
	implies cloud-computing

skill hetzner "Hetzner"
	kind cloud
	tag cloud-provider
	source simpleicons
	alias hetzner "hetzner cloud"
	implies cloud-computing

skill ovhcloud "OVHcloud"
	kind cloud
	tag cloud-provider
	source simpleicons stackoverflow
	alias ovh ovhcloud "ovh cloud"
	implies cloud-computing

skill scaleway "Scaleway"
	kind cloud
	tag cloud-provider
	source simpleicons
	alias scaleway
	implies cloud-computing

skill rackspace "Rackspace"
	kind cloud
	tag cloud-provider
	source stackoverflow
	alias rackspace "rackspace cloud"
	implies cloud-computing

# Platforms as a service, edge and backend-as-a-service platforms.
skill heroku "Heroku"
	kind cloud
	source devicon stackoverflow
	alias heroku "salesforce heroku" "heroku postgres" "heroku dynos"
	implies cloud-computing

skill vercel "Vercel"
	kind cloud
	source devicon simpleicons stackoverflow
	alias vercel "zeit now"
	implies cloud-computing

skill netlify "Netlify"
	kind cloud
	source devicon simpleicons stackoverflow
	alias netlify "netlify functions"
	implies cloud-computing

skill render "Render"
	kind cloud
	source simpleicons
	# the bare word is the verb ("render templates"); only the domain
	alias render.com
	implies cloud-computing

skill fly-io "Fly.io"
	kind cloud
	source simpleicons
	alias fly.io
	implies cloud-computing

skill railway "Railway"
	kind cloud
	source devicon simpleicons
	alias railway.app
	implies cloud-computing

skill pythonanywhere "PythonAnywhere"
	kind cloud
	source simpleicons stackoverflow
	alias pythonanywhere
	implies cloud-computing

skill cloud-foundry "Cloud Foundry"
	kind cloud
	source simpleicons stackoverflow
	alias "pivotal cf"
	# PCF: Pivotal Cloud Foundry; also a power and a pitch-class abbreviation
	ambiguous pcf
	alias "cloud foundry" cloudfoundry "pivotal cloud foundry"
	alias "vmware tanzu application service"
	implies cloud-computing

skill cloudflare "Cloudflare"
	kind cloud
	source devicon simpleicons stackoverflow
	alias cloudflare "cloudflare cdn" "cloudflare dns" "cloudflare waf"
	alias "cloudflare zero trust"

skill cloudflare-workers "Cloudflare Workers"
	kind cloud-service
	source devicon simpleicons
	alias "cloudflare workers" "cloudflare worker" "cloudflare pages" "cloudflare r2"
	alias "cloudflare d1"
	implies cloudflare serverless

skill akamai "Akamai"
	kind cloud
	source simpleicons stackoverflow
	alias "akamai cdn" "akamai technologies" "akamai edge"
	# also Hawaiian for clever, and Hawaii's Akamai internship programs
	ambiguous akamai
	veto-after ^\s*(?:internship|intern|workforce|program|programme|foundation|coffee|arts?)\b

skill fastly "Fastly"
	kind cloud
	source simpleicons stackoverflow
	alias fastly "fastly cdn" "fastly compute"

skill firebase "Firebase"
	kind cloud
	source devicon simpleicons stackoverflow
	alias firebase "google firebase" "firebase console" "firebase cli"
	implies cloud-computing

skill firebase-auth "Firebase Authentication"
	kind cloud-service
	source stackoverflow
	alias "firebase authentication" "firebase auth"
	implies firebase authentication

skill firebase-realtime-database "Firebase Realtime Database"
	kind cloud-service
	source stackoverflow
	alias "firebase realtime database" "firebase rtdb" "firebase database"
	alias "firebase real time database"
	implies firebase nosql

skill firebase-crashlytics "Firebase Crashlytics"
	kind observability
	source stackoverflow
	alias crashlytics "firebase crashlytics" "fabric crashlytics"
	implies firebase

skill firebase-cloud-messaging "Firebase Cloud Messaging"
	kind cloud-service
	source stackoverflow
	alias "firebase cloud messaging" "google cloud messaging" "firebase push notifications"
	alias "cloud messaging"
	# FCM is also a futures commission merchant
	ambiguous fcm
	implies firebase

skill firebase-hosting "Firebase Hosting"
	kind cloud-service
	source stackoverflow
	alias "firebase hosting"
	implies firebase

skill firebase-storage "Cloud Storage for Firebase"
	kind cloud-service
	source stackoverflow
	alias "firebase storage" "cloud storage for firebase"
	implies firebase

skill supabase "Supabase"
	kind cloud
	source devicon simpleicons
	alias supabase
	implies cloud-computing

skill appwrite "Appwrite"
	kind cloud
	source devicon simpleicons
	alias appwrite

skill openstack "OpenStack"
	kind cloud
	source onet devicon simpleicons stackoverflow
	alias openstack "openstack nova" "openstack neutron"
	implies cloud-computing

# Virtualization.
skill vmware "VMware"
	kind cloud
	source onet simpleicons stackoverflow
	alias vmware "vm ware" "vmware infrastructure" "vmware workstation" "vmware fusion"

skill vsphere "VMware vSphere"
	kind cloud
	source devicon stackoverflow
	alias vsphere "vmware vsphere"
	implies vmware

skill esxi "VMware ESXi"
	kind cloud
	source onet stackoverflow
	alias esxi esx "vmware esxi" "vmware esx" "esx server"
	implies vmware

skill vcenter "VMware vCenter"
	kind cloud
	source stackoverflow
	alias vcenter "vmware vcenter" "vcenter server"
	implies vmware

skill vmware-horizon "VMware Horizon"
	kind cloud
	source common
	alias "vmware horizon" "vmware view"
	implies vmware

skill vmware-nsx "VMware NSX"
	kind cloud
	source common
	alias "vmware nsx" "nsx t" "nsx v"
	implies vmware

skill vsan "VMware vSAN"
	kind cloud
	source common
	alias vsan "vmware vsan"
	implies vmware

skill hyper-v "Microsoft Hyper-V"
	kind cloud
	source onet devicon stackoverflow
	alias hyper-v hyperv "microsoft hyper-v" "hyper-v server"

skill proxmox "Proxmox VE"
	kind cloud
	source devicon simpleicons stackoverflow
	alias proxmox "proxmox ve"

skill virtualbox "VirtualBox"
	kind cloud
	source simpleicons stackoverflow
	alias virtualbox "oracle virtualbox" "oracle vm virtualbox"

skill kvm "KVM"
	kind cloud
	source stackoverflow
	alias "kvm/qemu" libvirt "kernel based virtual machine" virsh
	# also a keyboard-video-mouse switch in a server room
	ambiguous kvm
	veto-after ^\s*(?:switch(?:es)?|over\s+ip|consoles?|extenders?|cables?)\b
	veto-before \b(?:ip|dell|raritan|avocent)\s+$
	# a data-centre technician's hardware
	veto-line ^(?!.*\b(?:qemu|libvirt|virtuali[sz]ation|hypervisors?|vms?|virtual\s+machines?|proxmox|openstack|linux)\b).*\b(?:rack\w*|cabling|cables?|switches|peripherals|monitors?|keyboards?|mice|printers?)\b

skill qemu "QEMU"
	kind cloud
	source simpleicons stackoverflow
	alias qemu

skill xen "Xen"
	kind cloud
	source stackoverflow
	alias xen xenserver "citrix xenserver" "citrix hypervisor" "xen project" xcp-ng

skill citrix "Citrix Virtual Apps and Desktops"
	kind cloud
	source onet simpleicons stackoverflow
	alias citrix xenapp xendesktop "citrix xenapp" "citrix xendesktop" "citrix virtual apps"
	alias "citrix workspace"

skill nutanix "Nutanix"
	kind cloud
	source simpleicons
	alias nutanix "nutanix ahv" "nutanix prism"

# ===========================================================================
# Amazon Web Services
# ===========================================================================

# Compute and containers.
skill aws-ec2 "Amazon EC2"
	kind cloud-service
	source onet stackoverflow
	alias ec2 "amazon ec2" "aws ec2" "elastic compute cloud" "amazon elastic compute cloud"
	alias "ec2 instances"
	implies aws

skill aws-lambda "AWS Lambda"
	kind cloud-service
	source stackoverflow
	alias "lambda function" "lambda@edge" "lambda layers"
	implies aws serverless

skill aws-api-gateway "Amazon API Gateway"
	kind cloud-service
	source stackoverflow
	alias apigateway
	implies aws

skill aws-ecs "Amazon ECS"
	kind cloud-service
	tag container-orchestrator
	source onet stackoverflow
	alias "amazon ecs" "aws ecs" "elastic container service"
	alias "amazon elastic container service"
	# also electronic control systems, emergency communication systems
	ambiguous ecs
	implies aws containerization container-orchestration

skill aws-eks "Amazon EKS"
	kind cloud-service
	tag container-orchestrator
	source common
	alias eks "amazon eks" "aws eks" "elastic kubernetes service"
	alias "amazon elastic kubernetes service"
	implies aws kubernetes

skill aws-fargate "AWS Fargate"
	kind cloud-service
	source stackoverflow
	alias fargate "aws fargate" "amazon fargate" "ecs fargate"
	implies aws serverless containerization

skill aws-ecr "Amazon ECR"
	kind cloud-service
	source stackoverflow
	alias "amazon ecr" "aws ecr" "elastic container registry"
	alias "amazon elastic container registry"
	implies aws containerization

skill aws-elastic-beanstalk "AWS Elastic Beanstalk"
	kind cloud-service
	source stackoverflow
	alias "elastic beanstalk" "aws elastic beanstalk" "aws beanstalk"
	alias "amazon elastic beanstalk"
	ambiguous beanstalk
	implies aws

skill aws-lightsail "Amazon Lightsail"
	kind cloud-service
	source stackoverflow
	alias "amazon lightsail" "aws lightsail"
	# also a solar-sail spacecraft
	ambiguous lightsail
	implies aws

skill aws-batch "AWS Batch"
	kind cloud-service
	source stackoverflow
	alias "aws batch" "amazon batch"
	implies aws

skill aws-app-runner "AWS App Runner"
	kind cloud-service
	source common
	alias "aws app runner" "amazon app runner" apprunner
	implies aws containerization

skill aws-auto-scaling "AWS Auto Scaling"
	kind cloud-service
	source common
	alias "aws auto scaling" "aws autoscaling" "ec2 auto scaling" "auto scaling groups"
	alias "auto scaling group" "autoscaling groups"
	implies aws

skill aws-outposts "AWS Outposts"
	kind cloud-service
	source common
	alias "aws outposts" "aws outpost"
	implies aws

skill aws-workspaces "Amazon WorkSpaces"
	kind cloud-service
	source stackoverflow
	alias "amazon workspaces" "aws workspaces"
	implies aws

# Storage.
skill aws-s3 "Amazon S3"
	kind cloud-service
	source onet stackoverflow
	alias "amazon s3" "aws s3" "s3 bucket" "s3 buckets" "simple storage service"
	alias "amazon simple storage service"
	# also a phone, a car and a graphics chip
	ambiguous s3
	veto-before \b(?:audi|galaxy|samsung|lawson|ipod|infor)\s+$
	# R's S3 classes
	veto-after ^\s*(?:class|classes|methods?|generics?|dispatch)\b
	implies aws

skill aws-ebs "Amazon EBS"
	kind cloud-service
	source stackoverflow
	alias "amazon ebs" "aws ebs" "elastic block store" "amazon elastic block store"
	alias "ebs volumes" "ebs snapshots"
	implies aws

skill aws-efs "Amazon EFS"
	kind cloud-service
	source stackoverflow
	alias "amazon efs" "aws efs" "elastic file system" "amazon elastic file system"
	implies aws

skill aws-glacier "Amazon S3 Glacier"
	kind cloud-service
	source stackoverflow
	alias "amazon glacier" "aws glacier" "s3 glacier" "amazon s3 glacier"
	implies aws

skill aws-storage-gateway "AWS Storage Gateway"
	kind cloud-service
	source stackoverflow
	alias "aws storage gateway"
	implies aws

skill aws-backup "AWS Backup"
	kind cloud-service
	source common
	alias "aws backup" "aws backups"
	implies aws

skill aws-snowball "AWS Snowball"
	kind cloud-service
	source stackoverflow
	alias "aws snowball" "aws snow family" "aws snowmobile"
	implies aws

# Databases and caches.
skill aws-rds "Amazon RDS"
	kind cloud-service
	source stackoverflow
	alias "amazon rds" "aws rds" "relational database service"
	alias "amazon relational database service" "rds postgres" "rds postgresql" "rds mysql"
	# also Remote Desktop Services and the radio data system
	ambiguous rds
	veto-after ^\s*(?:gateway|cals?|licens\w*|session\s+hosts?|farms?|remoteapp|broker|radio|text|receivers?|stations?|tuners?)\b
	# Remote Desktop Services on a Windows admin's line
	veto-line ^(?!.*\b(?:aws|amazon|ec2|s3|aurora|postgres\w*|mysql|dynamodb|lambda|cloudwatch|terraform)\b).*\b(?:citrix|active\s+directory|group\s+policy|gpo|windows\s+server|remote\s+desktop|terminal\s+serv\w*|vdi|rdp|sccm|intune|exchange)\b
	implies aws rdbms

skill aws-aurora "Amazon Aurora"
	kind cloud-service
	source stackoverflow
	alias "amazon aurora" "aws aurora" "aurora postgresql" "aurora postgres" "aurora mysql"
	alias "aurora serverless" "rds aurora"
	# also a city and a health system ("Aurora, CO", "Aurora Health Care")
	ambiguous aurora
	veto-after ^\s*,?\s*(?:co|colo|colorado|il|ill|illinois|on|ont|ontario|ne|oh|mo|health\w*|medical|st|bay|university|college|borealis|australis|bank|hotel)\b
	implies aws rdbms

skill dynamodb "Amazon DynamoDB"
	kind cloud-service
	source onet stackoverflow
	alias "aws dynamodb" "dynamodb streams" "dynamo db streams"
	implies aws nosql

skill aws-documentdb "Amazon DocumentDB"
	kind cloud-service
	source common
	alias documentdb "amazon documentdb" "aws documentdb"
	implies aws nosql

skill aws-neptune "Amazon Neptune"
	kind cloud-service
	source stackoverflow
	alias "amazon neptune" "aws neptune"
	ambiguous neptune
	# the planet and the sea god
	veto-line ^(?!.*\b(?:aws|amazon|gremlin|sparql|graph\w*|rdf)\b).*\b(?:planet\w*|uranus|saturn|jupiter|pluto|astronom\w*|orbit\w*|telescopes?|solar\s+system|triton|moons?|poseidon|mytholog\w*|beach|society)\b
	implies aws nosql

skill aws-keyspaces "Amazon Keyspaces"
	kind cloud-service
	source common
	alias "amazon keyspaces" "aws keyspaces"
	implies aws nosql

skill aws-timestream "Amazon Timestream"
	kind cloud-service
	source common
	alias timestream "amazon timestream" "aws timestream"
	implies aws nosql

skill aws-elasticache "Amazon ElastiCache"
	kind cloud-service
	source stackoverflow
	alias elasticache "amazon elasticache" "aws elasticache" "elasticache redis"
	implies aws caching

skill aws-memorydb "Amazon MemoryDB"
	kind cloud-service
	source common
	alias memorydb "amazon memorydb" "aws memorydb"
	implies aws nosql caching

skill aws-dms "AWS Database Migration Service"
	kind cloud-service
	source stackoverflow
	alias "aws dms" "aws database migration service"
	implies aws

# Analytics and data.
skill aws-redshift "Amazon Redshift"
	kind cloud-service
	source onet stackoverflow
	alias "amazon redshift" "aws redshift" "redshift spectrum" "redshift serverless"
	# also a term in astronomy
	ambiguous redshift
	veto-after ^\s*(?:surveys?|measurements?|galax\w*|quasars?|spectra|spectroscop\w*|estimat\w*)\b
	veto-before \b(?:galaxy|galaxies|cosmological|photometric|spectroscopic|gravitational|doppler|high)\s+$
	implies aws

skill aws-athena "Amazon Athena"
	kind cloud-service
	source stackoverflow
	alias "amazon athena" "aws athena"
	# also the athenahealth EHR
	ambiguous athena
	veto-after ^\s*(?:health|ehr|emr|one|clinicals?|collector|idx|practice)\b
	veto-line ^(?!.*\b(?:aws|amazon|s3|sql|presto|trino|glue|parquet)\b).*\b(?:epic|cerner|ehrs?|emrs?|meditech|eclinicalworks|allscripts|patients?|billing|charting)\b
	implies aws

skill aws-glue "AWS Glue"
	kind cloud-service
	source stackoverflow
	alias "aws glue" "amazon glue" "glue etl" "glue data catalog" "aws glue catalog"
	alias "glue crawlers"
	# glue code, hot glue, "the glue between teams"
	ambiguous glue
	veto-after ^\s+(?:code|logic|layers?|between|that|holding|together|guns?|sticks?|traps?|ups?)\b
	veto-before \b(?:hot|wood|super|epoxy|elmers?|elmer's|tile|carpet)\s+$
	veto-after ^\s+(?:and|or|&)\s+(?:staples|tape|screws|nails|paint|glitter|scissors|paper|sequins)\b
	implies aws data-engineering

skill aws-emr "Amazon EMR"
	kind cloud-service
	source onet stackoverflow
	alias "amazon emr" "aws emr" "elastic mapreduce" "amazon elastic mapreduce"
	alias "emr serverless"
	# EMR is also the electronic medical record
	ambiguous emr
	# a line about patient records, unless it names the big-data stack
	veto-line ^(?!.*\b(?:aws|amazon|spark|hadoop|hive|mapreduce|pyspark|presto)\b).*\b(?:epic|cerner|meditech|allscripts|athena\s*health|eclinicalworks|nextgen|ehrs?|patients?|charting|clinical|medical|nurs\w*|hospital|physicians?|hl7|hipaa|emrs|medications?|healthcare)\b
	implies aws data-engineering

skill aws-kinesis "Amazon Kinesis"
	kind cloud-service
	tag event-streaming
	source onet stackoverflow
	alias "amazon kinesis" "aws kinesis" "kinesis data streams" "kinesis streams"
	alias "kinesis firehose" "kinesis data firehose" "amazon data firehose"
	# also a biology term and a keyboard maker
	ambiguous kinesis
	veto-after ^\s*(?:advantage|freestyle|keyboards?|tap\w*)\b
	veto-line ^(?!.*\b(?:aws|amazon|streams?|firehose|shards?|lambda|s3)\b).*\b(?:taxis|motility|cells?|bacteria\w*|organisms?|muscles?|movement|stimul\w*|physiolog\w*|biolog\w*)\b
	implies aws event-streaming

skill aws-msk "Amazon MSK"
	kind cloud-service
	tag event-streaming
	source common
	alias "amazon msk" "aws msk" "managed streaming for apache kafka"
	alias "amazon managed streaming for apache kafka" "msk serverless"
	# MSK is also musculoskeletal
	ambiguous msk
	veto-line ^(?!.*\b(?:aws|amazon|kafka)\b).*\b(?:musculoskeletal|physio\w*|orthop\w*|injur\w*|patients?|rehab\w*|ultrasound|radiolog\w*|clinic\w*|sports\s+medicine)\b
	implies aws event-streaming kafka

skill aws-quicksight "Amazon QuickSight"
	kind cloud-service
	source stackoverflow
	alias quicksight "amazon quicksight" "aws quicksight"
	implies aws

skill aws-lake-formation "AWS Lake Formation"
	kind cloud-service
	source common
	alias "aws lake formation"
	implies aws data-engineering

skill aws-data-pipeline "AWS Data Pipeline"
	kind cloud-service
	source onet stackoverflow
	alias "aws data pipeline" "amazon data pipeline"
	implies aws data-engineering

skill aws-mwaa "Amazon MWAA"
	kind cloud-service
	source common
	alias mwaa "amazon mwaa" "managed workflows for apache airflow"
	alias "amazon managed workflows for apache airflow"
	implies aws data-engineering

skill aws-opensearch-service "Amazon OpenSearch Service"
	kind cloud-service
	source stackoverflow
	alias "amazon opensearch" "amazon opensearch service" "aws opensearch"
	alias "aws opensearch service"
	alias "amazon elasticsearch service" "aws elasticsearch" "aws elasticsearch service"
	implies aws

# Messaging, events and integration.
skill aws-sqs "Amazon SQS"
	kind cloud-service
	source stackoverflow
	alias sqs "amazon sqs" "aws sqs" "simple queue service" "amazon simple queue service"
	alias "sqs queues"
	implies aws

skill aws-sns "Amazon SNS"
	kind cloud-service
	source stackoverflow
	alias "amazon sns" "aws sns" "simple notification service"
	alias "amazon simple notification service" "sns topics"
	# SNS is also social networking services ("SNS marketing")
	ambiguous sns
	veto-after ^\s*(?:marketing|accounts?|channels?|campaigns?|posts?|platforms?|influencers?|content|management|advertis\w*|ads)\b
	veto-before \b(?:social|marketing|brand|instagram|facebook|twitter|tiktok|line|kakao)\s+$
	veto-line ^(?!.*\b(?:aws|amazon|sqs|lambda|topics?|queues?|notifications?|pub\s*/\s*sub)\b).*\b(?:followers|likes|engagement|influencers?|social\s+media|instagram|facebook|tiktok|kakao|posts|viral)\b
	implies aws

skill aws-eventbridge "Amazon EventBridge"
	kind cloud-service
	source common
	alias eventbridge "amazon eventbridge" "aws eventbridge" "cloudwatch events"
	implies aws

skill aws-step-functions "AWS Step Functions"
	kind cloud-service
	source stackoverflow
	alias "aws step functions" "amazon step functions" "aws step function"
	# also a term in mathematics
	ambiguous "step functions"
	veto-before \b(?:heaviside|unit|piecewise|simple)\s+$
	implies aws serverless

skill aws-appsync "AWS AppSync"
	kind cloud-service
	source stackoverflow
	alias appsync "aws appsync"
	implies aws graphql

skill aws-mq "Amazon MQ"
	kind cloud-service
	source stackoverflow
	alias "amazon mq" "aws mq"
	implies aws

skill aws-swf "Amazon SWF"
	kind cloud-service
	source stackoverflow
	alias "amazon swf" "aws swf" "simple workflow service"
	implies aws

skill aws-ses "Amazon SES"
	kind cloud-service
	source stackoverflow
	alias "amazon ses" "aws ses" "simple email service" "amazon simple email service"
	implies aws

skill aws-pinpoint "Amazon Pinpoint"
	kind cloud-service
	source stackoverflow
	alias "amazon pinpoint" "aws pinpoint"
	implies aws

skill aws-connect "Amazon Connect"
	kind cloud-service
	source stackoverflow
	alias "amazon connect" "aws connect"
	implies aws

skill aws-iot "AWS IoT"
	kind cloud-service
	source stackoverflow
	alias "aws iot" "aws iot core" "aws iot greengrass" "aws greengrass" "amazon iot"
	implies aws

# Networking and content delivery.
skill aws-vpc "Amazon VPC"
	kind cloud-service
	source stackoverflow
	alias "amazon vpc" "aws vpc" "aws vpcs"
	implies aws

skill aws-cloudfront "Amazon CloudFront"
	kind cloud-service
	source stackoverflow
	alias cloudfront "amazon cloudfront" "aws cloudfront"
	implies aws

skill aws-route53 "Amazon Route 53"
	kind cloud-service
	source stackoverflow
	alias route53 "amazon route 53" "aws route 53" "aws route53" "amazon route53"
	# also a road
	ambiguous "route 53"
	veto-after ^\s*(?:north|south|east|west|[nsew]b?|highway|hwy|exit|corridor|bridge)\b
	veto-line ^(?!.*\b(?:aws|amazon|dns|domains?|records?|zones?|failover|health\s+checks?)\b).*\b(?:drive|drove|driving|deliver\w*|highway|hwy|mile\s+markers?|traffic|trucks?|bus|commut\w*|located|lived|road)\b
	implies aws

skill aws-elb "Elastic Load Balancing"
	kind cloud-service
	source stackoverflow
	alias "elastic load balancing" "elastic load balancer" "elastic load balancers"
	alias "aws elb" "amazon elb"
	ambiguous elb
	implies aws

skill aws-alb "AWS Application Load Balancer"
	kind cloud-service
	source stackoverflow
	alias "aws alb" "amazon alb"
	# ALB is also albumin in lab results
	ambiguous alb
	veto-after ^\s*(?:levels?|test\w*|serum|g\s*/\s*dl|ratio)\b
	implies aws-elb aws

skill aws-nlb "AWS Network Load Balancer"
	kind cloud-service
	source common
	alias "aws nlb" "amazon nlb"
	implies aws-elb aws

skill aws-direct-connect "AWS Direct Connect"
	kind cloud-service
	source stackoverflow
	alias "aws direct connect"
	implies aws

skill aws-transit-gateway "AWS Transit Gateway"
	kind cloud-service
	source common
	alias "aws transit gateway" "transit gateway" "transit gateways"
	implies aws

skill aws-privatelink "AWS PrivateLink"
	kind cloud-service
	source common
	alias privatelink "aws privatelink"
	implies aws

skill aws-app-mesh "AWS App Mesh"
	kind cloud-service
	source common
	alias "aws app mesh"
	implies aws

# Security, identity and governance.
skill aws-iam "AWS IAM"
	kind cloud-service
	source stackoverflow
	alias "aws iam" "amazon iam" "aws identity and access management"
	implies aws authentication

skill aws-cognito "Amazon Cognito"
	kind cloud-service
	source stackoverflow
	alias cognito "amazon cognito" "aws cognito" "cognito user pools"
	implies aws authentication

skill aws-iam-identity-center "AWS IAM Identity Center"
	kind cloud-service
	source common
	alias "iam identity center" "aws sso" "aws identity center" "aws single sign on"
	implies aws authentication

skill aws-sts "AWS STS"
	kind cloud-service
	source stackoverflow
	alias "aws sts" "aws security token service"
	implies aws authentication

skill aws-kms "AWS KMS"
	kind cloud-service
	source stackoverflow
	alias "aws kms" "amazon kms" "aws key management service"
	implies aws encryption

skill aws-cloudhsm "AWS CloudHSM"
	kind cloud-service
	source common
	alias cloudhsm "aws cloudhsm"
	implies aws encryption

skill aws-secrets-manager "AWS Secrets Manager"
	kind cloud-service
	source common
	alias "aws secrets manager" "secrets manager"
	implies aws

skill aws-acm "AWS Certificate Manager"
	kind cloud-service
	source stackoverflow
	alias "aws certificate manager" "aws acm"
	implies aws

skill aws-waf "AWS WAF"
	kind cloud-service
	source stackoverflow
	alias "aws waf" "amazon waf" "aws web application firewall"
	implies aws

skill aws-shield "AWS Shield"
	kind cloud-service
	source common
	alias "aws shield" "aws shield advanced"
	implies aws

skill aws-guardduty "Amazon GuardDuty"
	kind cloud-service
	source common
	alias guardduty "amazon guardduty" "aws guardduty"
	implies aws

skill aws-inspector "Amazon Inspector"
	kind cloud-service
	source common
	alias "amazon inspector" "aws inspector"
	implies aws

skill aws-macie "Amazon Macie"
	kind cloud-service
	source stackoverflow
	alias "amazon macie" "aws macie"
	implies aws

skill aws-security-hub "AWS Security Hub"
	kind cloud-service
	source common
	alias "aws security hub"
	implies aws

skill aws-config "AWS Config"
	kind cloud-service
	source common
	alias "aws config" "aws config rules"
	implies aws

skill aws-cloudtrail "AWS CloudTrail"
	kind cloud-service
	source stackoverflow
	alias cloudtrail "aws cloudtrail"
	implies aws logging

skill aws-organizations "AWS Organizations"
	kind cloud-service
	source stackoverflow
	alias "aws organizations" "aws organization" "service control policies"
	implies aws

skill aws-control-tower "AWS Control Tower"
	kind cloud-service
	source common
	alias "aws control tower"
	implies aws

skill aws-systems-manager "AWS Systems Manager"
	kind cloud-service
	source stackoverflow
	alias "aws systems manager" "aws ssm" "ssm parameter store" "aws parameter store"
	alias "parameter store" "ssm session manager"
	implies aws

skill aws-trusted-advisor "AWS Trusted Advisor"
	kind cloud-service
	source common
	alias "aws trusted advisor"
	implies aws

skill aws-cost-explorer "AWS Cost Explorer"
	kind cloud-service
	source common
	alias "aws cost explorer" "aws budgets" "aws cost and usage report"
	implies aws

# Management, monitoring and developer tools.
skill aws-cloudwatch "Amazon CloudWatch"
	kind observability
	source stackoverflow
	ambiguous "cloud watch"
	alias cloudwatch "amazon cloudwatch" "aws cloudwatch" "cloudwatch logs"
	alias "cloudwatch alarms" "cloudwatch metrics" "cloudwatch dashboards"
	implies aws monitoring logging

skill aws-x-ray "AWS X-Ray"
	kind observability
	source stackoverflow
	alias "aws x-ray" "aws xray" "amazon x-ray"
	implies aws distributed-tracing

skill aws-cloudformation "AWS CloudFormation"
	kind iac
	source onet stackoverflow
	alias cloudformation "aws cloudformation" "amazon cloudformation"
	alias "cloudformation templates" "cloud formation" "cfn templates"
	implies aws infrastructure-as-code

skill aws-cdk "AWS CDK"
	kind iac
	source common
	alias "aws cdk" "cloud development kit" "aws cloud development kit" "cdk v2"
	# CDK is also a chemistry toolkit and a cyclin-dependent kinase
	ambiguous cdk
	veto-after ^\s*(?:inhibitors?|\d|activity|signall?ing|kinases?|pathways?|complex\w*|global)\b
	veto-before \b(?:chemistry|cyclin|cell\s+cycle)\s+(?:development\s+kit\s+)?$
	implies aws infrastructure-as-code

skill aws-sam "AWS SAM"
	kind iac
	source stackoverflow
	alias "aws sam" "aws sam cli" "sam cli" "serverless application model"
	alias "aws serverless application model" "sam templates"
	implies aws serverless infrastructure-as-code

skill aws-codepipeline "AWS CodePipeline"
	kind cicd
	source stackoverflow
	alias codepipeline "aws codepipeline"
	implies aws ci-cd continuous-delivery

skill aws-codebuild "AWS CodeBuild"
	kind cicd
	source stackoverflow
	alias codebuild "aws codebuild"
	implies aws ci-cd continuous-integration

skill aws-codedeploy "AWS CodeDeploy"
	kind cicd
	source stackoverflow
	alias codedeploy "aws codedeploy"
	implies aws ci-cd continuous-delivery

skill aws-codecommit "AWS CodeCommit"
	kind vcs
	source stackoverflow
	alias codecommit "aws codecommit"
	implies aws git version-control

skill aws-codeartifact "AWS CodeArtifact"
	kind cloud-service
	source common
	alias codeartifact "aws codeartifact"
	implies aws

skill aws-opsworks "AWS OpsWorks"
	kind iac
	source stackoverflow
	alias opsworks "aws opsworks"
	implies aws infrastructure-as-code

skill aws-amplify "AWS Amplify"
	kind cloud-service
	source stackoverflow
	alias "aws amplify" "amplify framework" "amplify console" "amplify studio"
	# also a verb and an education company
	ambiguous amplify
	veto-after ^\s+(?:the|our|their|its|his|her|a|an|brand|voices?|reach|impact|engagement|awareness|sales|messag\w*|visibility|growth|signals?|customer|community|content|education|learning)\b
	implies aws

skill aws-device-farm "AWS Device Farm"
	kind cloud-service
	source stackoverflow
	alias "aws device farm"
	implies aws testing

# Machine learning and AI services.
skill aws-sagemaker "Amazon SageMaker"
	kind cloud-service
	source onet stackoverflow
	alias sagemaker "amazon sagemaker" "aws sagemaker" "sagemaker studio"
	alias "sagemaker pipelines"
	implies aws machine-learning

skill aws-bedrock "Amazon Bedrock"
	kind cloud-service
	source common
	alias "amazon bedrock" "aws bedrock"
	ambiguous bedrock
	veto-after ^\s*(?:of|geology|aquifers?|depth|surface|outcrops?|formations?|principles?|values?)\b
	implies aws machine-learning

skill aws-rekognition "Amazon Rekognition"
	kind cloud-service
	source stackoverflow
	alias rekognition "amazon rekognition" "aws rekognition"
	implies aws machine-learning

skill aws-textract "Amazon Textract"
	kind cloud-service
	source common
	alias textract "amazon textract" "aws textract"
	implies aws machine-learning

skill aws-comprehend "Amazon Comprehend"
	kind cloud-service
	source common
	alias "amazon comprehend" "aws comprehend"
	implies aws machine-learning

skill aws-lex "Amazon Lex"
	kind cloud-service
	source stackoverflow
	alias "amazon lex" "aws lex"
	implies aws machine-learning

skill aws-polly "Amazon Polly"
	kind cloud-service
	source stackoverflow
	alias "amazon polly" "aws polly"
	implies aws machine-learning

skill aws-transcribe "Amazon Transcribe"
	kind cloud-service
	source common
	alias "amazon transcribe" "aws transcribe"
	implies aws machine-learning

# ===========================================================================
# Microsoft Azure
# ===========================================================================

# "Azure Functions" is a spelling of azure in the backend role; the
# function app entry takes the other spellings.
skill azure-functions "Azure Functions"
	kind cloud-service
	source stackoverflow
	alias "azure function" "azure function app" "azure function apps" "function apps"
	alias "azure durable functions" "durable functions"
	implies azure serverless

skill azure-app-service "Azure App Service"
	kind cloud-service
	source stackoverflow
	alias "azure app service" "azure app services" "azure web apps" "azure web app"
	alias "azure webjobs" "azure websites"
	implies azure

skill azure-vms "Azure Virtual Machines"
	kind cloud-service
	source stackoverflow
	alias "azure virtual machines" "azure virtual machine" "azure vms" "azure vm"
	alias "azure vm scale sets" "vm scale sets"
	implies azure

skill aks "Azure Kubernetes Service"
	kind cloud-service
	tag container-orchestrator
	source stackoverflow
	alias aks "azure kubernetes service" "azure aks" "azure kubernetes"
	implies azure kubernetes

skill azure-container-instances "Azure Container Instances"
	kind cloud-service
	source stackoverflow
	alias "azure container instances" "azure container instance" "azure aci"
	implies azure containerization

skill azure-container-apps "Azure Container Apps"
	kind cloud-service
	source common
	alias "azure container apps" "azure container app"
	implies azure containerization

skill azure-container-registry "Azure Container Registry"
	kind cloud-service
	source stackoverflow
	alias "azure container registry" "azure acr"
	implies azure containerization

skill azure-service-fabric "Azure Service Fabric"
	kind cloud-service
	tag container-orchestrator
	source stackoverflow
	alias "service fabric" "azure service fabric"
	implies azure microservices

skill azure-batch "Azure Batch"
	kind cloud-service
	source stackoverflow
	alias "azure batch"
	implies azure

skill azure-static-web-apps "Azure Static Web Apps"
	kind cloud-service
	source common
	alias "azure static web apps" "azure static web app"
	implies azure

skill azure-virtual-desktop "Azure Virtual Desktop"
	kind cloud-service
	source common
	alias "azure virtual desktop" "windows virtual desktop"
	implies azure

skill azure-stack "Azure Stack"
	kind cloud-service
	source stackoverflow
	alias "azure stack" "azure stack hub" "azure stack hci"
	implies azure

skill azure-arc "Azure Arc"
	kind cloud-service
	source common
	alias "azure arc"
	implies azure

# Storage and databases.
skill azure-blob-storage "Azure Blob Storage"
	kind cloud-service
	source stackoverflow
	alias "azure blob storage" "azure blob" "azure blobs" "blob storage" "azure storage"
	alias "azure storage account" "azure storage accounts"
	implies azure

skill azure-data-lake-storage "Azure Data Lake Storage"
	kind cloud-service
	source stackoverflow
	alias "azure data lake" "azure data lake storage" "adls gen2" "adls gen 2" adls2
	alias "azure datalake"
	# ADLs are also activities of daily living: not on a line about care
	ambiguous adls
	veto-after ^\s*(?:care|assistance|tasks|needs|independently)\b
	veto-line ^(?!.*\b(?:azure|data\s*lake|gen\s*2|databricks|synapse|spark|etl|parquet|delta)\b).*\b(?:patients?|residents?|clients?|care|caregiv\w*|bathing|dressing|toileting|feeding|grooming|ambulat\w*|mobility|vitals?|hygiene|cna|nurs\w*)\b
	implies azure

skill azure-files "Azure Files"
	kind cloud-service
	source stackoverflow
	alias "azure files" "azure file storage" "azure file share" "azure file shares"
	implies azure

skill azure-queue-storage "Azure Queue Storage"
	kind cloud-service
	source stackoverflow
	alias "azure queue storage" "azure storage queues" "azure queues" "azure storage queue"
	implies azure

skill azure-table-storage "Azure Table Storage"
	kind cloud-service
	source stackoverflow
	alias "azure table storage" "azure tables"
	implies azure nosql

skill cosmos-db "Azure Cosmos DB"
	kind cloud-service
	source devicon stackoverflow
	alias "cosmos db" cosmosdb "azure cosmos db" "azure cosmosdb" "azure cosmos"
	alias "azure documentdb"
	ambiguous cosmos
	# the Cosmos blockchain, clubs and magazines
	veto-after ^\s*(?:club|magazine|sdk|network|hub|atom|blockchain|chain)\b
	implies azure nosql

skill azure-sql-database "Azure SQL Database"
	kind cloud-service
	source devicon stackoverflow
	alias "azure sql" "azure sql database" "azure sql db" "azure sql server"
	alias "azure sql managed instance" "sql azure"
	implies azure rdbms sql

skill azure-database-for-postgresql "Azure Database for PostgreSQL"
	kind cloud-service
	source common
	alias "azure database for postgresql" "azure postgresql" "azure postgres"
	implies azure postgresql rdbms

skill azure-database-for-mysql "Azure Database for MySQL"
	kind cloud-service
	source common
	alias "azure database for mysql" "azure mysql"
	implies azure mysql rdbms

skill azure-cache-for-redis "Azure Cache for Redis"
	kind cloud-service
	source stackoverflow
	alias "azure cache for redis" "azure redis cache" "azure redis"
	implies azure redis caching

# Integration and messaging.
skill azure-service-bus "Azure Service Bus"
	kind cloud-service
	source stackoverflow
	alias "azure service bus" "azure servicebus" "service bus queues" "service bus topics"
	implies azure

skill azure-event-hubs "Azure Event Hubs"
	kind cloud-service
	tag event-streaming
	source stackoverflow
	alias "azure event hubs" "azure event hub" "azure eventhub" "azure eventhubs"
	alias "event hubs" eventhub eventhubs
	implies azure event-streaming

skill azure-event-grid "Azure Event Grid"
	kind cloud-service
	source stackoverflow
	alias "azure event grid" "azure eventgrid" "event grid" eventgrid
	implies azure

skill azure-logic-apps "Azure Logic Apps"
	kind cloud-service
	source stackoverflow
	alias "azure logic apps" "azure logic app" "logic apps" "logic app"
	implies azure

skill azure-api-management "Azure API Management"
	kind cloud-service
	source stackoverflow
	alias "azure api management" "azure apim" "azure api gateway"
	implies azure

skill azure-signalr-service "Azure SignalR Service"
	kind cloud-service
	source common
	alias "azure signalr service" "azure signalr"
	implies azure

skill azure-iot-hub "Azure IoT Hub"
	kind cloud-service
	source stackoverflow
	alias "azure iot hub" "azure iot" "azure iot edge" "azure iot central"
	implies azure

skill azure-bot-service "Azure Bot Service"
	kind cloud-service
	source stackoverflow
	alias "azure bot service" "azure bot framework" "microsoft bot framework"
	implies azure

# Data and analytics.
skill azure-data-factory "Azure Data Factory"
	kind cloud-service
	source stackoverflow
	alias "azure data factory" "data factory" "adf pipelines" "adf v2"
	# ADF is also an automatic direction finder in aviation
	ambiguous adf
	veto-before \b(?:vor|ndb|dme|gps|ils)\s*(?:/|,|and)?\s*$
	veto-after ^\s*(?:/|,|and)?\s*(?:vor|ndb|dme|receivers?|approach\w*|test)\b
	implies azure data-engineering

skill azure-synapse "Azure Synapse Analytics"
	kind cloud-service
	source stackoverflow
	alias "azure synapse" "azure synapse analytics" "synapse analytics" "synapse pipelines"
	alias "azure sql data warehouse" "azure sql dw"
	ambiguous synapse
	veto-after ^\s*(?:formation|function|plasticity|strength|transmission|loss)\b
	veto-before \b(?:chemical|electrical|neural|neuronal|excitatory|inhibitory)\s+$
	implies azure data-engineering

skill azure-stream-analytics "Azure Stream Analytics"
	kind cloud-service
	source stackoverflow
	alias "azure stream analytics"
	implies azure

skill azure-hdinsight "Azure HDInsight"
	kind cloud-service
	source common
	alias hdinsight "azure hdinsight"
	implies azure data-engineering

skill azure-data-explorer "Azure Data Explorer"
	kind cloud-service
	source linguist
	alias "azure data explorer" kusto "kusto query language"
	implies azure

skill azure-ml "Azure Machine Learning"
	kind cloud-service
	source stackoverflow
	alias "azure machine learning" "azure ml" azureml "azure machine learning studio"
	alias "azure ml studio"
	implies azure machine-learning

skill azure-openai "Azure OpenAI Service"
	kind cloud-service
	source common
	alias "azure openai" "azure openai service" "azure open ai" "azure ai foundry"
	alias "azure ai studio"
	implies azure

skill azure-cognitive-services "Azure AI Services"
	kind cloud-service
	source stackoverflow
	alias "azure cognitive services" "cognitive services" "azure ai services"
	alias "azure computer vision" "azure form recognizer" "azure speech services"
	implies azure machine-learning

skill azure-ai-search "Azure AI Search"
	kind cloud-service
	source stackoverflow
	alias "azure cognitive search" "azure ai search" "azure search"
	implies azure

# Identity, security and governance.
skill azure-ad "Microsoft Entra ID (Azure AD)"
	kind cloud-service
	source stackoverflow
	alias "azure ad" "azure active directory" "entra id" "microsoft entra id"
	alias "microsoft entra" "azure ad b2c" "entra external id" "azure aad"
	implies azure authentication

skill azure-key-vault "Azure Key Vault"
	kind cloud-service
	source stackoverflow
	alias "azure key vault" "azure keyvault" keyvault
	ambiguous "key vault"
	implies azure encryption

skill azure-sentinel "Microsoft Sentinel"
	kind cloud-service
	source onet
	alias "azure sentinel" "microsoft sentinel"
	implies azure

skill azure-defender "Microsoft Defender for Cloud"
	kind cloud-service
	source common
	alias "defender for cloud" "microsoft defender for cloud" "azure defender"
	alias "azure security center"
	implies azure

skill azure-policy "Azure Policy"
	kind cloud-service
	source common
	alias "azure policy" "azure policies" "azure blueprints"
	implies azure

skill azure-firewall "Azure Firewall"
	kind cloud-service
	source common
	alias "azure firewall"
	implies azure

# Networking.
skill azure-vnet "Azure Virtual Network"
	kind cloud-service
	source stackoverflow
	alias "azure virtual network" "azure vnet" "azure vnets" "vnet peering"
	implies azure

skill azure-front-door "Azure Front Door"
	kind cloud-service
	source common
	alias "azure front door" "azure frontdoor"
	implies azure

skill azure-application-gateway "Azure Application Gateway"
	kind cloud-service
	source stackoverflow
	alias "azure application gateway" "azure app gateway"
	implies azure

skill azure-load-balancer "Azure Load Balancer"
	kind cloud-service
	source stackoverflow
	alias "azure load balancer" "azure traffic manager"
	implies azure

skill azure-expressroute "Azure ExpressRoute"
	kind cloud-service
	source common
	alias expressroute "azure expressroute" "express route"
	implies azure

skill azure-cdn "Azure CDN"
	kind cloud-service
	source stackoverflow
	alias "azure cdn"
	implies azure

# Management, monitoring and operations.
skill azure-monitor "Azure Monitor"
	kind observability
	source stackoverflow
	alias "azure monitor" "azure monitoring" "azure log analytics" "log analytics workspace"
	alias "log analytics workspaces"
	implies azure monitoring logging

skill application-insights "Application Insights"
	kind observability
	source stackoverflow
	alias "application insights" "app insights" "azure application insights"
	alias "azure app insights" appinsights
	implies azure monitoring

skill azure-automation "Azure Automation"
	kind cloud-service
	source stackoverflow
	alias "azure automation" "azure automation runbooks"
	implies azure

skill azure-backup "Azure Backup"
	kind cloud-service
	source stackoverflow
	alias "azure backup" "azure site recovery"
	implies azure

skill arm-templates "Azure Resource Manager templates"
	kind iac
	source stackoverflow
	alias "arm templates" "arm template" "azure resource manager" "azure arm"
	alias "azure arm templates" "azure resource manager templates"
	implies azure infrastructure-as-code

skill bicep "Azure Bicep"
	kind iac
	source linguist
	alias "azure bicep" "bicep templates" "bicep modules" "bicep lang"
	ambiguous bicep
	veto-after ^\s*(?:curls?|tendon\w*|tear|tears|muscles?|femoris|brachii|injur\w*|strength|workouts?|exercises?)\b
	implies azure infrastructure-as-code

# Developer services.
skill azure-devops "Azure DevOps"
	kind cicd
	source onet devicon stackoverflow
	alias "azure devops" "azure devops services" "azure devops server" "azure dev ops"
	alias "azure boards" "azure repos" "azure artifacts" "azure test plans" vsts
	alias "visual studio team services"
	implies ci-cd

skill azure-pipelines "Azure Pipelines"
	kind cicd
	source stackoverflow
	alias "azure pipelines" "azure pipeline" "azure devops pipelines"
	alias "azure devops pipeline" "azure release pipelines" "azure build pipelines"
	implies azure-devops azure ci-cd continuous-integration

# ===========================================================================
# Google Cloud
# ===========================================================================

# Compute and containers.
skill compute-engine "Google Compute Engine"
	kind cloud-service
	source onet stackoverflow
	alias "compute engine" "google compute engine" "gcp compute engine" "gce instances"
	alias "gce vms"
	# GCE is also the General Certificate of Education ("GCE O Level")
	ambiguous gce
	veto-after ^\s*["'(]?\s*(?:o|a|n|ordinary|advanced|as)\s*['-]?\s*levels?\b
	veto-after ^\s*(?:examinations?|exams?|certificates?|results?|passes)\b
	implies gcp

skill gke "Google Kubernetes Engine"
	kind cloud-service
	tag container-orchestrator
	source stackoverflow
	alias gke "google kubernetes engine" "gke autopilot" "google container engine"
	implies gcp kubernetes

skill app-engine "Google App Engine"
	kind cloud-service
	source stackoverflow
	alias "app engine" "google app engine" "gcp app engine" appengine
	implies gcp

skill cloud-run "Google Cloud Run"
	kind cloud-service
	source devicon
	alias "cloud run jobs" "gcp cloud run"
	implies gcp serverless containerization

skill cloud-functions "Google Cloud Functions"
	kind cloud-service
	source stackoverflow
	alias "cloud functions" "google cloud functions" "gcp cloud functions" "gcp functions"
	alias "cloud functions for firebase" "firebase functions" "firebase cloud functions"
	implies gcp serverless

skill anthos "Google Anthos"
	kind cloud-service
	tag container-orchestrator
	source common
	alias anthos "google anthos" "gke enterprise"
	implies gcp kubernetes

skill cloud-batch "Google Cloud Batch"
	kind cloud-service
	source common
	alias "google cloud batch" "gcp batch"
	implies gcp

# Storage and databases.
skill cloud-storage "Google Cloud Storage"
	kind cloud-service
	source simpleicons stackoverflow
	alias "google cloud storage" "gcp cloud storage" "gcp storage" "gcs buckets"
	alias "gcs bucket"
	# GCS is also the Glasgow Coma Scale
	ambiguous gcs
	veto-after ^\s*(?:scores?|of\s+\d+|\d|assessments?|e\d|<|>|=|eyes?|verbal|motor)\b
	veto-line ^(?!.*\b(?:gcp|google|buckets?|bigquery|dataflow|s3|parquet|cloud)\b).*\b(?:patients?|neuro\w*|coma|trauma|triage|vitals?|assessments?|icu|ems|emt|paramedic\w*|nurs\w*)\b
	implies gcp

skill cloud-sql "Google Cloud SQL"
	kind cloud-service
	source stackoverflow
	alias "cloud sql" "google cloud sql" "gcp cloud sql" "cloud sql for postgresql"
	alias "cloud sql for mysql"
	implies gcp rdbms sql

skill cloud-spanner "Google Cloud Spanner"
	kind cloud-service
	source simpleicons stackoverflow
	alias "cloud spanner" "google spanner" "google cloud spanner" "gcp spanner"
	# also a wrench
	ambiguous spanner
	veto-before \b(?:torque|adjustable|ring|open\s*-?\s*ended|box|socket|combination|pipe|allen|monkey|spark\s+plug)\s+$
	veto-after ^\s*(?:sets?|wrench\w*|sizes?|and\s+(?:sockets?|screwdrivers?|hammers?))\b
	implies gcp rdbms

skill cloud-bigtable "Google Cloud Bigtable"
	kind cloud-service
	source simpleicons stackoverflow
	alias bigtable "cloud bigtable" "google bigtable" "google cloud bigtable" "gcp bigtable"
	implies gcp nosql

skill firestore "Cloud Firestore"
	kind cloud-service
	source stackoverflow
	alias firestore "cloud firestore" "google firestore" "firebase firestore"
	alias "gcp firestore"
	implies gcp firebase nosql

skill cloud-datastore "Google Cloud Datastore"
	kind cloud-service
	source stackoverflow
	alias "cloud datastore" "google datastore" "google cloud datastore" "gcp datastore"
	implies gcp nosql

skill memorystore "Google Cloud Memorystore"
	kind cloud-service
	source common
	alias memorystore "cloud memorystore" "google memorystore" "gcp memorystore"
	implies gcp caching

skill alloydb "AlloyDB"
	kind cloud-service
	source common
	alias alloydb "alloydb for postgresql" "google alloydb"
	implies gcp postgresql rdbms

skill filestore "Google Cloud Filestore"
	kind cloud-service
	source common
	alias "google cloud filestore" "gcp filestore" "cloud filestore"
	implies gcp

# Data and analytics.
skill bigquery "Google BigQuery"
	kind cloud-service
	source onet simpleicons stackoverflow
	alias bigquery "google bigquery" "big query" "gcp bigquery" "bigquery ml"
	alias "google big query" bqml
	implies gcp sql

skill dataflow "Google Cloud Dataflow"
	kind cloud-service
	source simpleicons stackoverflow
	alias "google dataflow" "cloud dataflow" "google cloud dataflow" "gcp dataflow"
	# also a programming model and data-flow diagrams
	ambiguous dataflow
	veto-after ^\s*(?:diagrams?|dfd|programming|analysis|architecture|models?|graphs?|language|testing|designs?)\b
	veto-before \b(?:tpl|tensorflow|synchronous|visual|spring\s+cloud|apache\s+nifi|oracle)\s+$
	implies gcp data-engineering

skill dataproc "Google Cloud Dataproc"
	kind cloud-service
	source simpleicons stackoverflow
	alias dataproc "cloud dataproc" "google dataproc" "gcp dataproc" "google cloud dataproc"
	implies gcp data-engineering

skill cloud-composer "Google Cloud Composer"
	kind cloud-service
	source simpleicons
	alias "cloud composer" "google cloud composer" "gcp composer" "gcp cloud composer"
	implies gcp data-engineering

skill dataform "Dataform"
	kind cloud-service
	source stackoverflow
	alias dataform "google dataform" "gcp dataform"
	implies gcp data-engineering

skill datastream "Google Cloud Datastream"
	kind cloud-service
	source common
	alias "google datastream" "gcp datastream" "cloud datastream"
	implies gcp data-engineering

skill data-fusion "Google Cloud Data Fusion"
	kind cloud-service
	source common
	alias "cloud data fusion" "google data fusion" "gcp data fusion"
	implies gcp data-engineering

skill dataplex "Dataplex"
	kind cloud-service
	source common
	alias dataplex "google dataplex" "gcp dataplex"
	implies gcp

# Messaging and integration.
skill gcp-pubsub "Google Cloud Pub/Sub"
	kind cloud-service
	source simpleicons stackoverflow
	alias "gcp pub sub" "google pub sub" "cloud pubsub"
	implies gcp

skill cloud-tasks "Google Cloud Tasks"
	kind cloud-service
	source common
	alias "cloud tasks" "google cloud tasks" "gcp cloud tasks"
	implies gcp

skill cloud-scheduler "Google Cloud Scheduler"
	kind cloud-service
	source common
	alias "cloud scheduler" "google cloud scheduler" "gcp cloud scheduler"
	implies gcp

skill eventarc "Eventarc"
	kind cloud-service
	source common
	alias eventarc "google eventarc"
	implies gcp

skill cloud-workflows "Google Cloud Workflows"
	kind cloud-service
	source common
	alias "google cloud workflows" "gcp workflows"
	implies gcp

skill apigee "Apigee"
	kind cloud-service
	source stackoverflow
	alias apigee "google apigee" "apigee edge" "apigee x"

skill cloud-endpoints "Google Cloud Endpoints"
	kind cloud-service
	source stackoverflow
	alias "cloud endpoints" "google cloud endpoints" "gcp endpoints"
	implies gcp

# Machine learning and AI.
skill vertex-ai "Vertex AI"
	kind cloud-service
	source common
	alias "vertex ai" "google vertex ai" "gcp vertex ai" vertexai "vertex ai pipelines"
	alias "google cloud ai platform" "gcp ai platform" "cloud ml engine"
	implies gcp machine-learning

skill google-automl "Google AutoML"
	kind cloud-service
	source stackoverflow
	alias "google automl" "cloud automl" "gcp automl" "vertex automl"
	implies gcp machine-learning

skill cloud-vision "Google Cloud Vision"
	kind cloud-service
	source stackoverflow
	alias "google cloud vision" "cloud vision api" "google vision api"
	alias "google cloud vision api"
	implies gcp machine-learning

skill google-cloud-speech "Google Cloud Speech-to-Text"
	kind cloud-service
	source stackoverflow
	alias "google cloud speech" "google speech to text" "google cloud speech to text"
	alias "google cloud text to speech"
	implies gcp machine-learning

skill dialogflow "Dialogflow"
	kind cloud-service
	source simpleicons stackoverflow
	alias dialogflow "dialogflow cx" "dialogflow es" "google dialogflow" api.ai
	implies gcp machine-learning

# Networking, security and operations.
skill gcp-vpc "Google Cloud VPC"
	kind cloud-service
	source common
	alias "gcp vpc" "google cloud vpc" "gcp vpcs"
	implies gcp

skill cloud-load-balancing "Google Cloud Load Balancing"
	kind cloud-service
	source common
	alias "google cloud load balancing" "gcp load balancer" "gcp load balancing"
	alias "google cloud load balancer"
	implies gcp

skill cloud-cdn "Google Cloud CDN"
	kind cloud-service
	source stackoverflow
	alias "google cloud cdn" "gcp cdn"
	implies gcp

skill cloud-dns "Google Cloud DNS"
	kind cloud-service
	source stackoverflow
	alias "google cloud dns" "gcp cloud dns" "gcp dns"
	implies gcp

skill cloud-armor "Google Cloud Armor"
	kind cloud-service
	source common
	alias "cloud armor" "google cloud armor" "gcp cloud armor"
	implies gcp

skill gcp-iam "Google Cloud IAM"
	kind cloud-service
	source stackoverflow
	alias "gcp iam" "google cloud iam" "gcp service accounts"
	implies gcp authentication

skill cloud-kms "Google Cloud KMS"
	kind cloud-service
	source stackoverflow
	alias "cloud kms" "google cloud kms" "gcp kms"
	implies gcp encryption

skill secret-manager "Google Secret Manager"
	kind cloud-service
	source stackoverflow
	alias "google secret manager" "gcp secret manager" "google cloud secret manager"
	alias "secret manager"
	implies gcp

skill security-command-center "Security Command Center"
	kind cloud-service
	source common
	alias "google security command center" "gcp security command center"
	implies gcp

skill cloud-monitoring "Google Cloud Monitoring (Stackdriver)"
	kind observability
	source stackoverflow
	alias stackdriver "google stackdriver" "google cloud monitoring" "gcp monitoring"
	alias "google cloud logging" "gcp logging" "cloud operations suite"
	alias "google cloud operations" "google cloud trace"
	implies gcp monitoring logging

skill cloud-build "Google Cloud Build"
	kind cicd
	source common
	alias "cloud build" "google cloud build" "gcp cloud build"
	implies gcp ci-cd continuous-integration

skill cloud-deploy "Google Cloud Deploy"
	kind cicd
	source common
	alias "google cloud deploy" "gcp cloud deploy"
	implies gcp ci-cd continuous-delivery

skill artifact-registry "Google Artifact Registry"
	kind cloud-service
	source stackoverflow
	alias "artifact registry" "google artifact registry" "gcp artifact registry"
	alias "google container registry" "gcp container registry"
	implies gcp

skill cloud-source-repositories "Google Cloud Source Repositories"
	kind vcs
	source common
	alias "cloud source repositories" "google cloud source repositories"
	implies gcp git version-control

skill deployment-manager "Google Cloud Deployment Manager"
	kind iac
	source stackoverflow
	alias "google cloud deployment manager" "gcp deployment manager"
	alias "cloud deployment manager"
	implies gcp infrastructure-as-code

# ===========================================================================
# Containers and orchestration
# ===========================================================================

skill docker "Docker"
	kind container
	tag container-runtime
	source onet devicon simpleicons stackoverflow
	alias "docker cli" "docker buildx" "docker buildkit" "docker networking"
	alias "docker volumes" "docker containerization"
	implies containerization

skill docker-hub "Docker Hub"
	kind container
	source stackoverflow
	alias "docker hub" dockerhub "docker registry" "docker trusted registry"
	implies docker

skill podman "Podman"
	kind container
	tag container-runtime
	source devicon simpleicons
	alias podman "podman compose"
	implies containerization

skill containerd "containerd"
	kind container
	tag container-runtime
	source simpleicons stackoverflow
	alias containerd
	implies containerization

skill cri-o "CRI-O"
	kind container
	tag container-runtime
	source common
	alias cri-o crio
	implies containerization

skill lxc "LXC"
	kind container
	tag container-runtime
	source simpleicons stackoverflow
	alias lxc "linux containers"
	implies containerization

skill lxd "LXD"
	kind container
	tag container-runtime
	source stackoverflow
	alias lxd
	implies containerization

skill runc "runc"
	kind container
	tag container-runtime
	source stackoverflow
	alias runc
	implies containerization

skill apptainer "Apptainer (Singularity)"
	kind container
	tag container-runtime
	source common
	alias apptainer "singularity containers" "singularity container" singularityce
	alias "sylabs singularity"
	implies containerization

skill gvisor "gVisor"
	kind container
	source common
	alias gvisor
	implies containerization

skill kata-containers "Kata Containers"
	kind container
	source common
	alias "kata containers"
	implies containerization

skill firecracker "Firecracker"
	kind container
	source common
	alias "firecracker microvm" "firecracker microvms" "aws firecracker"

skill buildah "Buildah"
	kind container
	source common
	alias buildah
	implies containerization

skill kaniko "Kaniko"
	kind container
	source simpleicons
	alias kaniko
	implies containerization

skill buildpacks "Cloud Native Buildpacks"
	kind container
	source common
	alias "cloud native buildpacks" buildpacks "paketo buildpacks"
	implies containerization

skill portainer "Portainer"
	kind container
	source devicon simpleicons stackoverflow
	alias portainer
	implies containerization

# Kubernetes and its distributions.
skill kubernetes "Kubernetes"
	kind container
	tag container-orchestrator
	source onet devicon simpleicons stackoverflow
	alias kubelet "k8s operators" "kubernetes operators"
	implies container-orchestration

skill openshift "Red Hat OpenShift"
	kind container
	tag container-orchestrator
	source onet simpleicons stackoverflow
	alias openshift "red hat openshift" "openshift container platform" "openshift origin"
	alias okd "openshift on aws" "azure red hat openshift"
	implies kubernetes

skill rancher "Rancher"
	kind container
	tag container-orchestrator
	source devicon simpleicons stackoverflow
	alias "rancher kubernetes" "suse rancher" "rancher labs" "rancher desktop"
	alias "rancher kubernetes engine" rke rke2
	# a rancher runs a ranch
	ambiguous rancher
	veto-before \b(?:cattle|sheep|horse|dairy|bison|goat|as\s+an?|hands?|family|fourth\s*-?\s*generation|third\s*-?\s*generation)\s+$
	veto-after ^\s*(?:and\s+(?:farmer|cowboy|horse\w*)|of\s+the\s+year|'s\s+(?:wife|daughter|son))\b
	implies kubernetes

skill tanzu "VMware Tanzu"
	kind container
	tag container-orchestrator
	source common
	alias tanzu "vmware tanzu" "tanzu kubernetes grid" "vmware tkg"
	implies kubernetes

skill k3s "K3s"
	kind container
	tag container-orchestrator
	source devicon simpleicons
	alias k3s k3d
	implies kubernetes

skill microk8s "MicroK8s"
	kind container
	source common
	alias microk8s
	implies kubernetes

skill minikube "minikube"
	kind container
	source stackoverflow
	alias minikube
	implies kubernetes

skill kind-k8s "kind (Kubernetes in Docker)"
	kind container
	source common
	# the bare word is an English word: only the long name
	alias "kubernetes in docker" "kind cluster" "kind clusters"
	implies kubernetes

skill kubeadm "kubeadm"
	kind container
	source stackoverflow
	alias kubeadm
	implies kubernetes

skill kops "kOps"
	kind container
	source stackoverflow
	alias kops
	implies kubernetes

skill helm "Helm"
	kind container
	source devicon simpleicons stackoverflow
	alias "helm charts" "helm chart" helm3 helm2 helmfile "helm releases"
	ambiguous helm
	veto-before \b(?:at|took|taking|take|takes)\s+(?:the\s+)?$
	veto-after ^\s*(?:of\s+(?:the|a|our|his|her)|position|station)\b
	implies kubernetes

skill kustomize "Kustomize"
	kind container
	source common
	alias kustomize
	implies kubernetes

skill kubevirt "KubeVirt"
	kind container
	source common
	alias kubevirt
	implies kubernetes

skill keda "KEDA"
	kind container
	source common
	alias keda "kubernetes event driven autoscaling"
	implies kubernetes

skill karpenter "Karpenter"
	kind container
	source common
	alias karpenter
	implies kubernetes aws

skill velero "Velero"
	kind container
	source common
	alias velero
	implies kubernetes

skill cert-manager "cert-manager"
	kind container
	source stackoverflow
	alias cert-manager
	implies kubernetes

skill skaffold "Skaffold"
	kind container
	source simpleicons
	alias skaffold
	implies kubernetes

skill knative "Knative"
	kind container
	source simpleicons
	alias knative
	implies kubernetes serverless

skill openfaas "OpenFaaS"
	kind container
	source simpleicons
	alias openfaas
	implies serverless

skill argo-workflows "Argo Workflows"
	kind container
	source common
	alias "argo workflows" "argo workflow" "argo events"
	implies kubernetes

skill k9s "k9s"
	kind container
	source common
	alias k9s
	implies kubernetes

# Other orchestrators.
skill nomad "HashiCorp Nomad"
	kind container
	tag container-orchestrator
	source devicon simpleicons stackoverflow
	alias "hashicorp nomad"
	# also a traveller
	ambiguous nomad
	veto-before \b(?:digital|global|true|as\s+an?)\s+$
	veto-after ^\s*(?:lifestyle|life|travel\w*|list|capital|visa)\b
	implies container-orchestration

skill mesos "Apache Mesos"
	kind container
	tag container-orchestrator
	source stackoverflow
	alias mesos "apache mesos" mesosphere "mesosphere dc/os" dc/os "marathon framework"
	implies container-orchestration

# Service mesh, discovery and cluster stores.
skill istio "Istio"
	kind container
	source simpleicons stackoverflow
	alias istio "istio service mesh"

skill linkerd "Linkerd"
	kind container
	source simpleicons stackoverflow
	alias linkerd linkerd2

skill consul "HashiCorp Consul"
	kind container
	source devicon simpleicons stackoverflow
	alias "hashicorp consul" "consul connect" "consul service mesh" "consul kv"
	# also a diplomat
	ambiguous consul
	veto-before \b(?:honorary|vice|deputy|british|american|french|german|us|u\.s\.|roman|former)\s+$
	veto-after ^\s*(?:general|generals|general's|of\s+the|for\s+(?:the|trade))\b

skill etcd "etcd"
	kind container
	source simpleicons stackoverflow
	alias etcd

skill cilium "Cilium"
	kind container
	source simpleicons stackoverflow
	alias cilium "cilium cni" "cilium hubble"

skill calico "Project Calico"
	kind container
	source stackoverflow
	alias "project calico" "calico cni" "calico network policies" "tigera calico"
	# also a cat and a cotton fabric
	ambiguous calico
	veto-after ^\s*(?:cats?|kittens?|fabrics?|cotton|prints?|dress\w*|quilts?|bass|critters|jack)\b
	veto-before \b(?:sweet|pet|rescue|rescued)\s+$

skill flannel "Flannel"
	kind container
	source stackoverflow
	alias "flannel cni"

skill harbor "Harbor"
	kind container
	source devicon simpleicons
	alias "harbor registry" goharbor "vmware harbor"
	# also a port
	ambiguous harbor
	veto-before \b(?:pearl|boston|baltimore|sydney|inner|safe|fishing|small|boat|coos|gig)\s+$
	veto-after ^\s*(?:freight|lights?|master|police|patrol|pilots?|cruises?|tours?|view|springs|island|grace|city|bay|ucla|hospital|medical|house|town|seafood|boat\w*)\b
	implies containerization

skill quay "Quay"
	kind container
	source common
	alias quay.io "red hat quay" "quay registry"
	# also a wharf
	ambiguous quay
	veto-before \b(?:along\s+the|canal|harbour|harbor|river|ferry|docks?|circular)\s+$
	veto-after ^\s*(?:side|street|st|road|rd|wall|walls|restaurant|cafe|bar|house|hotel|bridge)\b
	implies containerization

# ===========================================================================
# CI/CD
# ===========================================================================

skill jenkins "Jenkins"
	kind cicd
	source onet devicon simpleicons stackoverflow
	alias jenkinsfile jenkinsfiles "jenkins pipeline" "jenkins pipelines"
	alias "jenkins jobs" "jenkins server" "jenkins shared libraries" "jenkins job dsl"
	alias "jenkins declarative pipeline"
	# also a surname ("Jenkins & Sons Plumbing")
	ambiguous jenkins
	# "Dr. Alan Jenkins", "Gail Jenkins, Controller"
	veto-before \b(?:mr|mrs|ms|dr|prof|professor|coach|judge|officer|sgt|captain|miss|dear)\.?\s+(?:[a-z]\.\s*|[a-z]+\s+){0,2}$
	veto-after ^\s*,\s*(?:former\s+|senior\s+|chief\s+|assistant\s+)?(?:vp|vice|director|manager|ceo|cto|cfo|coo|head|controller|president|founder|partner|professor|principal|supervisor|owner|attorney)\b
	veto-after ^\s*(?:&|and)\s+(?:sons?|co|company|partners|associates)\b
	veto-after ^\s*(?:plumbing|electric\w*|construction|farms?|law|llp|llc|inc|hall|family|foundation|school|elementary|middle|high|county|university|center|centre|'s\s+(?:bakery|restaurant|store|shop|pub|diner))\b
	implies ci-cd continuous-integration

skill jenkins-x "Jenkins X"
	kind cicd
	source common
	alias "jenkins x" jenkinsx
	implies ci-cd kubernetes

skill cloudbees "CloudBees CI"
	kind cicd
	source simpleicons stackoverflow
	alias cloudbees "cloudbees ci" "cloudbees cd"
	implies jenkins ci-cd

skill gitlab-ci "GitLab CI/CD"
	kind cicd
	source stackoverflow
	alias "gitlab ci" "gitlab ci/cd" "gitlab cicd" "gitlab pipelines" "gitlab pipeline"
	alias "gitlab runner" "gitlab runners" "gitlab ci pipelines"
	implies gitlab ci-cd continuous-integration

skill circleci "CircleCI"
	kind cicd
	source devicon simpleicons stackoverflow
	alias circleci "circle ci"
	implies ci-cd continuous-integration

skill travis-ci "Travis CI"
	kind cicd
	source onet devicon simpleicons stackoverflow
	alias "travis ci" travisci travis.yml ".travis.yml"
	# also a first name and a surname
	ambiguous travis
	veto-before \b(?:mr|mrs|ms|dr|coach|judge|officer|randy|bickle)\.?\s+$
	veto-after ^\s*(?:scott|county|air\s+force|afb|manor|perkins|tritt|barker|kelce|heights|high\s+school|elementary)\b
	implies ci-cd continuous-integration

skill teamcity "TeamCity"
	kind cicd
	source onet simpleicons stackoverflow
	alias teamcity "jetbrains teamcity"
	implies ci-cd continuous-integration

skill bamboo "Atlassian Bamboo"
	kind cicd
	source onet devicon
	alias "atlassian bamboo" "bamboo ci" "bamboo server" "bamboo build plans"
	ambiguous bamboo
	veto-after ^\s*(?:flooring|floors?|furniture|shoots?|forests?|garden\w*|plants?|poles?|sticks?|fabric|sheets|towels?|steamers?|baskets?|cutting\s+boards?|bikes?|fibers?|textiles?|products|decor)\b
	veto-before \b(?:lucky|golden|moso|natural|organic|sustainable)\s+$
	veto-line ^(?!.*\b(?:atlassian|ci|builds?|pipelines?|jira|bitbucket|deploy\w*|plans?)\b).*\b(?:furniture|crafted|crafts?|flooring|garden\w*|plants?|weav\w*|pandas?|forests?|scaffold\w*|textiles?|carv\w*|kitchen\w*)\b
	implies ci-cd continuous-integration

skill argo-cd "Argo CD"
	kind cicd
	source devicon
	alias "argo cd" argocd "argo cd image updater"
	implies continuous-delivery kubernetes

skill argo-rollouts "Argo Rollouts"
	kind cicd
	source common
	alias "argo rollouts"
	implies continuous-delivery kubernetes

skill flux-cd "Flux CD"
	kind cicd
	source simpleicons
	alias fluxcd "flux cd" flux2 "flux v2" "flux gitops" "weaveworks flux"
	# also an ordinary word ("in flux", "flux density", solder flux)
	ambiguous flux
	veto-before \b(?:heat|magnetic|neutron|photon|solder|soldering|welding|constant|state\s+of|luminous|radiant|net|carbon|rosin)\s+$
	# "requirements were in flux"
	veto-line \bin\s+(?:a\s+)?flux\b(?!\s*(?:cd|v2|2|gitops)\b)
	veto-after ^\s*(?:density|capacitor|core|cored|balance|analysis|measurements?|lines?|of|pen|brush|welding|leaks?|rates?|vectors?)\b
	implies continuous-delivery kubernetes

skill spinnaker "Spinnaker"
	kind cicd
	source simpleicons stackoverflow
	alias "netflix spinnaker" "spinnaker pipelines" "spinnaker cd"
	# also a sail
	ambiguous spinnaker
	veto-after ^\s*(?:sails?|pole|sheets?|halyard|trim\w*|handling|flying|hoist\w*|takedown)\b
	veto-before \b(?:asymmetric|symmetric|asym|flew|hoisted|trimmed|the\s+boat's)\s+$
	implies continuous-delivery

skill tekton "Tekton"
	kind cicd
	source simpleicons
	alias "tekton pipelines" "tekton pipeline" "tekton triggers" "tekton ci"
	# also a hand-tool brand
	ambiguous tekton
	veto-after ^\s*(?:wrench\w*|sockets?|tools?|ratchets?|screwdrivers?|pliers|torque)\b
	implies ci-cd kubernetes

skill drone-ci "Drone CI"
	kind cicd
	source stackoverflow
	alias "drone ci" drone.io "drone.yml" "harness drone"
	# also an unmanned aircraft
	ambiguous drone
	veto-before \b(?:dji|fpv|racing|camera|delivery|military|combat|surveillance|agricultural|licensed|certified|part\s*107|commercial|faa)\s+$
	veto-after ^\s*(?:pilot\w*|operator|footage|photography|videograph\w*|video|videos|imagery|surveys?|mapping|racing|flights?|flying|license|licence|certification|camera|shots|inspections?|delivery|strikes?|warfare|program|bee)\b
	implies ci-cd continuous-integration

skill buildkite "Buildkite"
	kind cicd
	source simpleicons stackoverflow
	alias buildkite
	implies ci-cd continuous-integration

skill octopus-deploy "Octopus Deploy"
	kind cicd
	source simpleicons stackoverflow esco
	alias "octopus deploy"
	implies ci-cd continuous-delivery

skill bitbucket-pipelines "Bitbucket Pipelines"
	kind cicd
	source stackoverflow
	alias "bitbucket pipelines" "bitbucket pipeline" "bitbucket ci"
	implies bitbucket ci-cd continuous-integration

skill github-actions "GitHub Actions"
	kind cicd
	source devicon simpleicons
	alias "github actions workflows" "gha workflows"
	implies github ci-cd continuous-integration

skill gocd "GoCD"
	kind cicd
	source simpleicons stackoverflow
	alias gocd "thoughtworks gocd"
	implies ci-cd continuous-delivery

skill concourse-ci "Concourse CI"
	kind cicd
	source simpleicons stackoverflow
	alias "concourse ci" "concourse pipelines"
	# also an airport or mall hall
	ambiguous concourse
	veto-before \b(?:airport|terminal|main|food|mall|station|shopping|retail|arrivals|departures)\s+$
	veto-after ^\s*(?:[a-h]\b|level|shops?|stores?|restaurants?|kiosks?|vendors?|gates?|mall|hotel|area)\b
	implies ci-cd continuous-integration

skill harness-cd "Harness"
	kind cicd
	source common
	alias harness.io "harness cd" "harness ci"
	implies ci-cd continuous-delivery

skill semaphore-ci "Semaphore CI"
	kind cicd
	source simpleicons stackoverflow
	alias "semaphore ci" semaphoreci
	implies ci-cd continuous-integration

skill appveyor "AppVeyor"
	kind cicd
	source simpleicons stackoverflow
	alias appveyor
	implies ci-cd continuous-integration

skill bitrise "Bitrise"
	kind cicd
	source simpleicons stackoverflow
	alias bitrise "bitrise ci"
	implies ci-cd continuous-integration

skill codemagic "Codemagic"
	kind cicd
	source simpleicons
	alias codemagic
	implies ci-cd continuous-integration

skill woodpecker-ci "Woodpecker CI"
	kind cicd
	source common
	alias "woodpecker ci"
	implies ci-cd continuous-integration

skill codefresh "Codefresh"
	kind cicd
	source simpleicons
	alias codefresh
	implies ci-cd continuous-delivery

skill urbancode-deploy "IBM UrbanCode Deploy"
	kind cicd
	source stackoverflow
	alias urbancode "urbancode deploy" "ibm urbancode" "ibm urbancode deploy" udeploy
	implies ci-cd continuous-delivery

skill xl-release "Digital.ai Release (XL Release)"
	kind cicd
	source stackoverflow
	alias "xl release" "xl deploy" xebialabs "digital.ai release" "digital.ai deploy"
	implies ci-cd continuous-delivery

skill cruisecontrol "CruiseControl"
	kind cicd
	source onet stackoverflow
	alias cruisecontrol cruisecontrol.net
	implies ci-cd continuous-integration

skill rundeck "Rundeck"
	kind cicd
	source simpleicons stackoverflow
	alias rundeck "pagerduty process automation"

skill spacelift "Spacelift"
	kind cicd
	source common
	alias spacelift
	implies infrastructure-as-code

skill atlantis "Atlantis"
	kind cicd
	source common
	alias "terraform atlantis" "runatlantis" "atlantis terraform"
	implies terraform infrastructure-as-code

# ===========================================================================
# Version control
# ===========================================================================

skill git "Git"
	kind vcs
	source onet devicon simpleicons stackoverflow
	alias git-scm "git lfs" "git bash" "git cli" "git submodules" "git hooks" "git rebase"
	alias "git branching"
	implies version-control

skill github "GitHub"
	kind vcs
	source onet devicon simpleicons stackoverflow
	alias github "github enterprise" "github enterprise server" "github enterprise cloud"
	implies git version-control

skill gitlab "GitLab"
	kind vcs
	source onet devicon simpleicons stackoverflow
	alias gitlab "gitlab ee" "gitlab ce" "gitlab enterprise" "gitlab self managed"
	alias "self hosted gitlab"
	implies git version-control

skill bitbucket "Bitbucket"
	kind vcs
	source onet devicon simpleicons stackoverflow
	# the bit bucket: where discarded output goes
	ambiguous "bit bucket"
	alias bitbucket "atlassian bitbucket" "bitbucket server" "bitbucket cloud"
	alias "bitbucket data center"
	implies version-control

skill svn "Apache Subversion (SVN)"
	kind vcs
	source onet devicon stackoverflow
	alias svn "apache subversion" tortoisesvn "tortoise svn" "subversion svn"
	# also a word ("subversion of the rules")
	ambiguous subversion
	veto-before \b(?:political|sedition|espionage|treason)\s+$
	veto-after ^\s*(?:of|and\s+(?:sedition|espionage|treason))\b
	implies version-control

skill mercurial "Mercurial"
	kind vcs
	source devicon simpleicons stackoverflow
	alias tortoisehg "mercurial hg" "mercurial scm"
	# also an adjective, and Hg is mercury ("120/80 mm Hg")
	ambiguous mercurial hg
	veto-before \b(?:mm|mmhg|cm|inches|inch)\s*$
	veto-after ^\s*(?:temperament|moods?|personality|nature|character|boss|temper|poisoning|levels?|exposure|thermometers?|amalgam|vapou?r)\b
	implies version-control

skill perforce "Perforce Helix Core"
	kind vcs
	source onet stackoverflow
	alias "perforce helix" "helix core" "perforce helix core" "perforce p4" p4v p4merge
	alias "perforce scm"
	# also an old adverb
	ambiguous perforce
	implies version-control

skill tfs "Team Foundation Server"
	kind vcs
	source onet stackoverflow
	alias "team foundation server" "microsoft team foundation server" tfvc
	alias "team foundation version control" "ms tfs"
	# TFS is also Texas Forest Service and tax-free savings
	ambiguous tfs
	veto-after ^\s*(?:accounts?|savings|firefighters?|wildland)\b
	veto-before \b(?:texas)\s+$
	implies version-control

skill clearcase "IBM Rational ClearCase"
	kind vcs
	source onet stackoverflow
	alias clearcase "rational clearcase" "ibm clearcase" "ibm rational clearcase"
	implies version-control

skill cvs "CVS (Concurrent Versions System)"
	kind vcs
	source stackoverflow
	alias "concurrent versions system" "concurrent version system" "cvs version control"
	alias "cvs repository" cvsnt
	# CVS is also a pharmacy chain and the cardiovascular system
	ambiguous cvs
	veto-after ^\s*(?:pharmacy|health|caremark|stores?|minuteclinic|minute\s+clinic|aetna|specialty|retail|omnicare|receipts?|examinations?|exam|assessment|disease|risk|events?|surgery)\b
	veto-line ^(?!.*\b(?:svn|subversion|git|version\s+control|source\s+control|repositor\w*|checkins?|commits?|perforce|clearcase)\b).*\b(?:pharmac\w*|cashier|customers?|prescriptions?|retail|store|rx|walgreens|rite\s+aid|patients?|cardio\w*|nurs\w*)\b
	implies version-control

skill visual-sourcesafe "Visual SourceSafe"
	kind vcs
	source onet stackoverflow
	alias "visual sourcesafe" sourcesafe "microsoft visual sourcesafe" "visual source safe"
	implies version-control

skill plastic-scm "Plastic SCM"
	kind vcs
	source stackoverflow
	alias "plastic scm" "unity version control"
	implies version-control

skill bazaar-vcs "GNU Bazaar"
	kind vcs
	source common
	alias "gnu bazaar" bzr
	implies version-control

skill fossil-scm "Fossil SCM"
	kind vcs
	source simpleicons
	alias "fossil scm"
	implies version-control

skill gitea "Gitea"
	kind vcs
	source devicon simpleicons stackoverflow
	alias gitea forgejo gogs
	implies git version-control

skill gerrit "Gerrit Code Review"
	kind vcs
	source simpleicons stackoverflow
	alias "gerrit code review" "gerrit review"
	# also a Dutch first name
	ambiguous gerrit
	veto-after ^\s+(?:van|de|den|der|rietveld|[a-z]\.)\b
	implies git version-control

skill phabricator "Phabricator"
	kind vcs
	source simpleicons stackoverflow
	alias phabricator "phabricator differential"
	implies version-control

skill sourcetree "Sourcetree"
	kind vcs
	source devicon simpleicons stackoverflow
	alias sourcetree "atlassian sourcetree"
	implies git version-control

skill gitkraken "GitKraken"
	kind vcs
	source devicon simpleicons stackoverflow
	alias gitkraken
	implies git version-control

skill github-desktop "GitHub Desktop"
	kind vcs
	source stackoverflow
	alias "github desktop"
	implies github git version-control

skill tortoisegit "TortoiseGit"
	kind vcs
	source devicon stackoverflow
	alias tortoisegit
	implies git version-control

skill github-pages "GitHub Pages"
	kind cloud
	source simpleicons stackoverflow
	alias "github pages" "gh pages"
	implies github

# ===========================================================================
# Infrastructure as code and configuration management
# ===========================================================================

skill terraform "Terraform"
	kind iac
	source onet devicon simpleicons stackoverflow
	alias "terraform cloud" "terraform enterprise" "hcp terraform" "terraform providers"
	alias "terraform state"
	implies infrastructure-as-code

skill opentofu "OpenTofu"
	kind iac
	source simpleicons
	alias opentofu "open tofu"
	implies infrastructure-as-code

skill terragrunt "Terragrunt"
	kind iac
	source stackoverflow
	alias terragrunt
	implies terraform infrastructure-as-code

skill cdktf "CDK for Terraform"
	kind iac
	source common
	alias cdktf "cdk for terraform"
	implies terraform infrastructure-as-code

skill pulumi "Pulumi"
	kind iac
	source devicon simpleicons
	alias pulumi
	implies infrastructure-as-code

skill crossplane "Crossplane"
	kind iac
	source common
	alias crossplane
	implies kubernetes infrastructure-as-code

skill ansible "Ansible"
	kind iac
	source onet devicon simpleicons stackoverflow esco
	alias ansible "red hat ansible" "ansible playbooks" "ansible playbook" "ansible roles"
	alias "ansible galaxy" "ansible vault" ansible-lint
	# the faster-than-light radio of science fiction (Le Guin, Card)
	veto-line \b(?:le\s+guin|ursula|orson\s+scott\s+card|ender's|hainish|sci\s*-?\s*fi|science\s+fiction|novels?)\b
	implies infrastructure-as-code

skill ansible-tower "Ansible Tower (AAP)"
	kind iac
	source stackoverflow
	alias "ansible tower" "ansible automation platform" awx
	alias "red hat ansible automation platform"
	implies ansible infrastructure-as-code

skill chef "Chef"
	kind iac
	source onet simpleicons stackoverflow esco
	alias "chef infra" "chef cookbooks" "chef cookbook" "chef server" "chef solo"
	alias "chef zero" "chef automate" "opscode chef" "progress chef" "chef habitat"
	alias "chef client"
	# a chef also cooks ("Worked as a chef at Nobu")
	ambiguous chef
	veto-before \b(?:sous|head|executive|pastry|line|private|personal|prep|junior|senior|kitchen|celebrity|grill|sushi|saute|sauté|breakfast|banquet|catering|relief|commis|chief|master|as\s+an?)\s+$
	veto-after ^\s*(?:de\s+(?:cuisine|partie)|'s|knives?|knife|jackets?|coats?|whites|hats?|tables?|specials?|in\s+(?:a|the)\s+(?:restaurant|kitchen)|and\s+(?:owner|restaurateur|cook|caterer))\b
	veto-line \b(?:kitchen|restaurant|culinary|cuisine|menus?|cooking|cooks?|catering|bistro|brasserie|pastry|bakery|servsafe|food\s+safety|dishes)\b
	implies infrastructure-as-code

skill inspec "Chef InSpec"
	kind iac
	source stackoverflow
	alias inspec "chef inspec"
	implies infrastructure-as-code

skill puppet "Puppet"
	kind iac
	source onet linguist simpleicons stackoverflow esco
	alias "puppet enterprise" "puppet labs" "puppet modules" "puppet manifests"
	alias "puppet server" puppetdb "puppet bolt" "puppet forge" r10k hiera
	# also a toy and a politician on strings
	ambiguous puppet
	veto-before \b(?:sock|hand|finger|shadow|string|glove|marionette|rod|giant|political|government)\s+$
	veto-after ^\s*(?:shows?|theat\w*|making|maker|makers|masters?|regimes?|governments?|states?|troupes?|plays?|ministry|performances?|workshops?)\b
	veto-line \b(?:puppetry|puppeteer\w*|marionettes?|muppets?|children's\s+theat\w*|storytelling|sesame)\b
	implies infrastructure-as-code

skill saltstack "SaltStack"
	kind iac
	source stackoverflow
	alias saltstack "salt stack" "salt states" "salt master" "salt minions" "vmware salt"
	# also the mineral ("Salt Lake City", "salt and pepper")
	ambiguous salt
	veto-before \b(?:sea|rock|road|kosher|table|epsom|himalayan|pinch\s+of|low|bath|smelling|old|grain\s+of)\s+$
	veto-after ^\s*(?:and\s+pepper|water|marsh\w*|lake|mines?|mining|flats|spray|shakers?|lamps?|cod|city|intake|content|scrub|caves?|rooms?|trucks?|spreaders?|spreading|pans?|licks?|baths?|solutions?|tolerance|stress)\b
	veto-after ^\s+(?:and|&)\s+(?:pepper|herbs?|vinegar|sugar|spices?|oil|lime|sand|grit)\b
	veto-line ^(?!.*\b(?:saltstack|minions?|states|pillars?|grains|config\w*|ansible|puppet|chef|servers?|master)\b).*\b(?:season\w*|cook\w*|dishes|recipes?|brin\w*|cured|curing|kitchen|food|pepper|roads?|de\s*-?\s*ic\w*|snow|water\s+softeners?)\b
	implies infrastructure-as-code

skill cfengine "CFEngine"
	kind iac
	source stackoverflow
	alias cfengine
	implies infrastructure-as-code

skill packer "HashiCorp Packer"
	kind iac
	source devicon simpleicons stackoverflow
	alias "hashicorp packer" "packer templates" "packer images" "packer ami"
	# also a warehouse job
	ambiguous packer
	veto-before \b(?:meat|warehouse|order|box|bag|bagger|lead|line|fruit|produce|seasonal|general|food|egg|shipping|grocery|machine|temp|temporary|picker\s*(?:/|and|&)|as\s+an?)\s*$
	veto-after ^\s*(?:(?:/|and|&)\s*(?:mover|picker|shipper|loader|sorter|labeler|stocker)|position|job|operator|helper|role)\b
	veto-line \b(?:warehouse|forklift|pallets?|fulfil+ment\s+cent(?:er|re)|shipping\s+and\s+receiving|packing|picking|assembly\s+line|production\s+line|meat\s*packing|slaughter\w*)\b
	implies infrastructure-as-code

skill vagrant "HashiCorp Vagrant"
	kind iac
	source onet stackoverflow
	alias "hashicorp vagrant" vagrantfile vagrantfiles "vagrant boxes"
	# also a homeless wanderer
	ambiguous vagrant
	veto-before \b(?:homeless|lonely|drunken)\s+$
	veto-after ^\s+(?:outreach|population|people|men|women|shelters?|youth|act|laws?)\b
	implies infrastructure-as-code

skill cloud-init "cloud-init"
	kind iac
	source stackoverflow
	alias cloud-init
	implies infrastructure-as-code

skill vault "HashiCorp Vault"
	kind security
	source devicon simpleicons stackoverflow
	alias "hashicorp vault" "vault secrets" "vault enterprise" "hcp vault" "vault pki"
	# also a bank vault, a pole vault and a vaulted ceiling
	ambiguous vault
	veto-before \b(?:pole|bank|wine|burial|family|storage|records|document|evidence|cash|gun)\s+$
	veto-after ^\s*(?:doors?|jump\w*|technicians?|tellers?|custodian|toilets?|boy|hunter|ceilings?|cash|room|clerk|attendant)\b
	veto-line \b(?:pole\s*-?\s*vault\w*|high\s+jump|track\s+and\s+field|gymnast\w*|teller|bank\s+branch|safe\s+deposit|vaulting)\b
	implies encryption

# ===========================================================================
# Observability: metrics, logs, traces, alerting
# ===========================================================================

# Metrics and monitoring.
skill prometheus "Prometheus"
	kind observability
	source onet devicon simpleicons stackoverflow
	alias "prometheus alert manager" "prometheus alertmanager grafana"
	alias "prometheus monitoring" "prometheus metrics" "prometheus exporters"
	alias "prometheus alertmanager" alertmanager promql "node exporter" "kube prometheus"
	# also the Titan, a film and an ERP vendor (Prometheus Group)
	ambiguous prometheus
	veto-after ^\s*(?:group|unbound|bound|myth\w*|film|movie|research|books?)\b
	veto-before \b(?:myth\s+of|the\s+myth\s+of|titan)\s+$
	# Prometheus Group, an SAP maintenance-planning vendor
	veto-line ^(?!.*\b(?:grafana|metrics|monitoring|alertmanager|kubernetes|k8s|exporters?|promql)\b).*\b(?:sap|maintenance\s+planning|work\s+orders?|cmms|maximo|eam|planning\s+and\s+scheduling)\b
	implies monitoring

skill grafana "Grafana"
	kind observability
	source onet devicon simpleicons stackoverflow
	alias grafana "grafana dashboards" "grafana dashboard" "grafana cloud" "grafana labs"
	alias "grafana alloy" "grafana agent"
	implies monitoring

skill loki "Grafana Loki"
	kind observability
	source common
	alias "grafana loki" logql "loki logging" "promtail"
	# also the Norse god and a Marvel series
	ambiguous loki
	veto-after ^\s*(?:series|season|marvel|tv|show|norse)\b
	veto-before \b(?:marvel|marvel's|norse\s+god)\s+$
	implies logging

skill tempo "Grafana Tempo"
	kind observability
	source common
	alias "grafana tempo"
	# also the musical and working pace
	ambiguous tempo
	veto-before \b(?:fast|faster|high|rapid|quick|upbeat|steady|slow|brisk|game|music|musical|set\s+the|keep\s+the|kept\s+the|same)\s*-?\s*$
	veto-after ^\s*(?:of|run|runs|changes?|markings?|rubato|music|workouts?|training)\b
	implies distributed-tracing

skill mimir "Grafana Mimir"
	kind observability
	source common
	alias "grafana mimir"
	ambiguous mimir
	implies monitoring

skill thanos "Thanos"
	kind observability
	source simpleicons
	alias "thanos query" "thanos querier" "thanos sidecar" "thanos ruler"
	# also a Marvel villain
	ambiguous thanos
	veto-after ^\s*(?:snap|marvel|cosplay|infinity)\b
	implies prometheus monitoring

skill cortex-metrics "Cortex"
	kind observability
	source common
	alias "cortex metrics" cortexmetrics
	implies prometheus monitoring

skill victoriametrics "VictoriaMetrics"
	kind observability
	source simpleicons
	alias victoriametrics "victoria metrics"
	implies monitoring

skill datadog "Datadog"
	kind observability
	source devicon simpleicons stackoverflow
	alias "datadog monitors" "datadog dashboards" "datadog logs" "datadog synthetics"
	alias "datadog rum" "datadog agent"
	implies monitoring

skill new-relic "New Relic"
	kind observability
	source devicon simpleicons stackoverflow
	alias "newrelic apm" "new relic insights" "new relic browser" "new relic infrastructure"
	implies monitoring

skill dynatrace "Dynatrace"
	kind observability
	source onet devicon simpleicons stackoverflow
	alias dynatrace "dynatrace apm" "dynatrace oneagent"
	implies monitoring

skill appdynamics "AppDynamics"
	kind observability
	source stackoverflow
	alias appdynamics "app dynamics" "cisco appdynamics"
	implies monitoring

skill instana "Instana"
	kind observability
	source common
	alias instana "ibm instana"
	implies monitoring

skill elastic-apm "Elastic APM"
	kind observability
	source common
	alias "elastic apm" "elastic observability"
	implies monitoring

skill nagios "Nagios"
	kind observability
	source onet stackoverflow
	alias nagios "nagios xi" "nagios core"
	implies monitoring

skill zabbix "Zabbix"
	kind observability
	source onet stackoverflow
	alias zabbix
	implies monitoring

skill icinga "Icinga"
	kind observability
	source simpleicons stackoverflow
	alias icinga icinga2
	implies monitoring

skill checkmk "Checkmk"
	kind observability
	source simpleicons stackoverflow
	alias checkmk "check mk"
	implies monitoring

skill prtg "PRTG Network Monitor"
	kind observability
	source stackoverflow
	alias prtg "paessler prtg" "prtg network monitor"
	implies monitoring

skill solarwinds "SolarWinds"
	kind observability
	source onet stackoverflow
	alias solarwinds "solarwinds orion" "solarwinds npm" "solarwinds sam" "solar winds"
	implies monitoring

skill sensu "Sensu"
	kind observability
	source simpleicons stackoverflow
	alias sensu "sensu go"
	implies monitoring

skill netdata "Netdata"
	kind observability
	source simpleicons stackoverflow
	alias netdata
	implies monitoring

skill pingdom "Pingdom"
	kind observability
	source simpleicons stackoverflow
	alias pingdom "solarwinds pingdom"
	implies monitoring

skill uptime-kuma "Uptime Kuma"
	kind observability
	source simpleicons
	alias "uptime kuma"
	implies monitoring

skill statsd "StatsD"
	kind observability
	source stackoverflow
	alias statsd "dogstatsd"
	implies monitoring

skill collectd "collectd"
	kind observability
	source stackoverflow
	alias collectd
	implies monitoring

skill telegraf "Telegraf"
	kind observability
	source stackoverflow
	alias telegraf "tick stack" "tig stack"
	implies monitoring

skill graphite "Graphite"
	kind observability
	source stackoverflow
	alias "graphite metrics" "graphite monitoring" "graphite carbon" "graphite web"
	# also pencil lead and the mineral
	ambiguous graphite
	veto-before \b(?:pencil|pencils|carbon|natural|synthetic|flake|expanded|pyrolytic|and\s+charcoal|charcoal\s+and)\s+$
	veto-after ^\s*(?:pencils?|electrodes?|powder|drawings?|sketch\w*|lubricant|composites?|mines?|mining|fibers?|fibres?|flakes?|ore|grey|gray|and\s+(?:charcoal|ink)|on\s+paper|anodes?)\b
	implies monitoring

skill tivoli "IBM Tivoli Monitoring"
	kind observability
	source onet
	alias "ibm tivoli" "tivoli monitoring" "ibm tivoli monitoring" "tivoli netcool"
	# also Tivoli Gardens, Tivoli Audio and the town near Rome
	ambiguous tivoli
	veto-after ^\s*(?:gardens?|audio|theat\w*|cinema|village|italy|hotel|park|radios?|speakers?)\b
	implies monitoring

# Logging.
skill elk "ELK Stack (Elastic Stack)"
	kind observability
	source simpleicons stackoverflow
	alias "elk stack" "elastic stack" "efk stack" "elk/efk"
	# also an animal and a lodge (Elks)
	ambiguous elk
	veto-before \b(?:bull|cow|wild|rocky\s+mountain|hunting)\s+$
	veto-after ^\s*(?:hunt\w*|herds?|lodge|grove|river|city|meat|antlers?|county|creek|season|tags?)\b
	implies logging

skill kibana "Kibana"
	kind observability
	source devicon simpleicons stackoverflow
	alias kibana "kibana dashboards" "kibana dashboard"
	implies logging

skill logstash "Logstash"
	kind observability
	source devicon simpleicons stackoverflow
	alias logstash "logstash pipelines"
	implies logging

skill elastic-beats "Elastic Beats"
	kind observability
	source stackoverflow
	alias filebeat metricbeat packetbeat auditbeat winlogbeat "elastic beats"
	alias "elastic agent"
	implies logging

skill fluentd "Fluentd"
	kind observability
	source simpleicons stackoverflow
	alias fluentd
	implies logging

skill fluent-bit "Fluent Bit"
	kind observability
	source simpleicons
	alias "fluent bit" fluentbit
	implies logging

skill splunk "Splunk"
	kind observability
	source onet devicon simpleicons stackoverflow
	alias splunk "splunk enterprise" "splunk cloud" "splunk es" "splunk enterprise security"
	alias "splunk dashboards" "splunk queries" "splunk itsi" "splunk observability"
	implies logging

skill sumo-logic "Sumo Logic"
	kind observability
	source simpleicons stackoverflow
	alias "sumo logic" sumologic
	implies logging

skill graylog "Graylog"
	kind observability
	source simpleicons stackoverflow
	alias graylog
	implies logging

skill papertrail "Papertrail"
	kind observability
	source common
	alias papertrail
	implies logging

skill loggly "Loggly"
	kind observability
	source stackoverflow
	alias loggly
	implies logging

skill logzio "Logz.io"
	kind observability
	source stackoverflow
	alias logz.io
	implies logging

skill vector-dev "Vector (Datadog)"
	kind observability
	source common
	alias vector.dev "datadog vector"
	implies logging

# Tracing and telemetry.
skill opentelemetry "OpenTelemetry"
	kind observability
	source devicon simpleicons
	alias opentelemetry "open telemetry" "otel collector" "opentelemetry collector" otlp
	# "otel" is also Turkish for hotel
	ambiguous otel
	implies distributed-tracing observability

skill opentracing "OpenTracing"
	kind observability
	source stackoverflow
	alias opentracing
	implies distributed-tracing

skill opencensus "OpenCensus"
	kind observability
	source common
	alias opencensus
	implies distributed-tracing

skill jaeger "Jaeger"
	kind observability
	source devicon simpleicons stackoverflow
	alias "jaeger tracing" jaegertracing "jaeger ui" "jaeger collector"
	# also a tank destroyer, a liqueur and a film robot
	ambiguous jaeger
	veto-before \b(?:pacific\s+rim|german|panzer|jagd|drank|drink\w*|shots?\s+of|bottles?\s+of)\s+$
	veto-after ^\s*(?:tanks?|bombs?|shots?|panzer|meister|lecoultre|le\s*coultre|pilots?|mechs?|robots?)\b
	veto-line \b(?:j[aä]germeister|pacific\s+rim|jaeger\s*-?\s*lecoultre|wehrmacht|ww\s*ii|world\s+war)\b
	implies distributed-tracing

skill zipkin "Zipkin"
	kind observability
	source stackoverflow
	alias zipkin "openzipkin"
	implies distributed-tracing

skill honeycomb "Honeycomb"
	kind observability
	source common
	alias honeycomb.io "honeycomb observability"
	# also a cereal, a bee comb and a structure
	ambiguous honeycomb
	veto-after ^\s*(?:cereal|structures?|panels?|cores?|patterns?|candy|toffee|frames?|cells?|paper|tiles?|grid|lattice|design|blinds|shades|crisp)\b
	veto-before \b(?:raw|fresh|bee|beeswax|aluminium|aluminum|nomex)\s+$
	implies observability

skill lightstep "Lightstep"
	kind observability
	source common
	alias lightstep "servicenow cloud observability"
	implies distributed-tracing observability

# Error tracking.
skill sentry "Sentry"
	kind observability
	source devicon simpleicons stackoverflow
	alias sentry.io "sentry error tracking" "sentry sdk" "sentry monitoring" "getsentry"
	# also a guard ("sentry duty")
	ambiguous sentry
	veto-before \b(?:stood|standing|stand|pulled|armed|as\s+an?|posted\s+on|was\s+on|while\s+on)\s+$
	veto-after ^\s*(?:duty|duties|guard|guards|post|posts|dog|dogs|box|boxes|safe|safes|gun|guns|turret|mode|patrol)\b
	veto-line \b(?:soldier|army|military|infantry|battalion|platoon|barracks|guard\s+duty|perimeter|checkpoint|security\s+guard|watch\s+duty)\b
	implies monitoring

skill rollbar "Rollbar"
	kind observability
	source simpleicons stackoverflow
	alias rollbar
	implies monitoring

skill bugsnag "Bugsnag"
	kind observability
	source stackoverflow
	alias bugsnag
	implies monitoring

skill raygun "Raygun"
	kind observability
	source stackoverflow
	alias raygun.io "raygun apm"
	implies monitoring

# Alerting and incident management.
skill pagerduty "PagerDuty"
	kind observability
	source simpleicons stackoverflow
	alias "pagerduty alerts" "pagerduty rotations" "pagerduty escalation policies"
	implies monitoring

skill opsgenie "Opsgenie"
	kind observability
	source simpleicons stackoverflow
	alias opsgenie "atlassian opsgenie"
	implies monitoring

skill victorops "VictorOps (Splunk On-Call)"
	kind observability
	source common
	alias victorops "splunk on call" "splunk oncall"
	implies monitoring

skill incident-io "incident.io"
	kind observability
	source common
	alias incident.io

skill statuspage "Atlassian Statuspage"
	kind observability
	source simpleicons
	alias statuspage statuspage.io "atlassian statuspage"

# ===========================================================================
# Web servers, reverse proxies and application servers
# ===========================================================================

skill nginx "NGINX"
	kind web-server
	source linguist devicon simpleicons stackoverflow
	alias nginx "nginx plus" "nginx ingress" "nginx ingress controller" "ingress nginx"
	alias "nginx reverse proxy" "nginx unit"

skill openresty "OpenResty"
	kind web-server
	source stackoverflow
	alias openresty
	implies nginx

skill apache-httpd "Apache HTTP Server"
	kind web-server
	source onet stackoverflow
	alias "apache http server" "apache httpd" httpd apache2 "apache web server"
	alias "apache http" "apache 2.4" apache2.4 "apache server" "apache webserver"
	alias mod_rewrite mod_wsgi .htaccess htaccess
	# The bare name counts only in technical context and never when it
	# begins another name: "Apache Spark", "Apache Junction", the AH-64
	# "Apache helicopter"
	ambiguous apache
	veto-line \bapache\s+(?!(?:web|http|https|httpd|servers?|webservers?|2|2\.\d+|and|or|&|/|tomcat|modules?|mod|config\w*|vhosts?|virtual|reverse|load|php|mysql|lamp|on|for|with|in|as)\b)[a-z]
	veto-before \b(?:ah\s*-?\s*64\w*|boeing|longbow)\s+$

skill apache-traffic-server "Apache Traffic Server"
	kind web-server
	source stackoverflow
	alias "apache traffic server" trafficserver

skill lighttpd "lighttpd"
	kind web-server
	source stackoverflow
	alias lighttpd

skill iis "Microsoft IIS"
	kind web-server
	source onet stackoverflow
	alias "iis 5" "iis 5.0" iis5.0 "iis 6" "iis 6.0" iis6 "iis 7.0" "iis 7.5" "iis 8.5" iis7
	alias "internet information services web server"
	alias iis "microsoft iis" "internet information services" "internet information server"
	alias "iis 10" "iis 8" "iis 7" "iis manager" "ms iis"

skill haproxy "HAProxy"
	kind web-server
	source linguist simpleicons stackoverflow
	alias haproxy "ha proxy"

skill envoy "Envoy Proxy"
	kind web-server
	source devicon simpleicons
	alias "envoy proxy" "envoyproxy" "envoy gateway" "envoy sidecar"
	# also a diplomat, and a visitor-management app
	ambiguous envoy
	veto-before \b(?:special|peace|trade|royal|presidential|un|u\.n\.|cultural|youth|goodwill|brand|climate)\s+$
	veto-after ^\s*(?:to\s+the|for\s+peace|visitor|program|programme|ambassador)\b

skill traefik "Traefik"
	kind web-server
	source devicon simpleicons stackoverflow
	alias traefik "traefik proxy"

skill caddy "Caddy"
	kind web-server
	source linguist simpleicons stackoverflow
	alias "caddy server" "caddy web server" caddyserver caddyfile caddy2
	# also a golf caddie, a tea caddy and a shower caddy
	ambiguous caddy
	veto-before \b(?:golf|tea|shower|looping|as\s+an?|bag|cord|cable|storage|desk)\s+$
	veto-after ^\s*(?:master|shack|program|scholarship|fee|yard)\b
	veto-line \b(?:golf\w*|country\s+club|pga|caddie\w*|fairways?|tee\s+times?|clubhouse|cadillac)\b

skill varnish "Varnish Cache"
	kind web-server
	source stackoverflow
	alias "varnish cache" "varnish http cache" "varnish vcl" "varnish enterprise"
	# also a wood finish and nail polish
	ambiguous varnish
	veto-before \b(?:nail|wood|floor|polyurethane|spar|marine|stain\s*(?:/|,|and|&)|stained\s+and|apply|applied|applying|sand\w*\s+and|gloss|matte|satin|clear)\s*$
	veto-after ^\s*(?:wood|floors?|furniture|cabinets?|doors?|trim|decks?|boats?|hulls?|finish\w*|coats?|brush\w*|and\s+(?:stain|paint|polish)|/\s*stain)\b
	veto-line ^(?!.*\b(?:nginx|caching|cache|vcl|http|cdn|api|apache|haproxy)\b).*\b(?:woodwork\w*|carpent\w*|cabinet\w*|furniture|refinish\w*|finish(?:ed|ing)|sanding|painting|painter|upholster\w*|manicur\w*|nail\s+techn\w*|boatyard|oak|pine|teak|stain\w*|floors?|decks?)\b
	implies caching

skill squid "Squid proxy"
	kind web-server
	source stackoverflow
	alias "squid proxy" "squid cache" "squid proxy server"
	# also the animal and the dish
	ambiguous squid
	veto-before \b(?:fried|grilled|giant|baby|dried|salt\s+and\s+pepper|stuffed|fresh|frozen|colossal|humboldt|vampire)\s+$
	veto-after ^\s*(?:ink|games?|fishing|dish\w*|rings?|tentacles?|jigs?|lures?|salad|stew)\b
	implies caching

skill kong "Kong Gateway"
	kind web-server
	source simpleicons stackoverflow
	alias "kong gateway" "kong api gateway" "kong konnect" "kong mesh" "kong ingress"
	# also "Hong Kong" and King Kong
	ambiguous kong
	veto-before \b(?:hong|king|donkey|hk)\s*$

skill tyk "Tyk"
	kind web-server
	source stackoverflow
	alias "tyk gateway" "tyk api gateway"

skill gunicorn "Gunicorn"
	kind web-server
	source simpleicons stackoverflow
	alias gunicorn
	implies python

skill uwsgi "uWSGI"
	kind web-server
	source devicon stackoverflow
	alias uwsgi
	implies python

skill uvicorn "Uvicorn"
	kind web-server
	source common
	alias uvicorn
	implies python

skill phusion-passenger "Phusion Passenger"
	kind web-server
	source common
	alias "phusion passenger" "passenger phusion"

skill iplanet "Oracle iPlanet Web Server"
	kind web-server
	source onet stackoverflow
	alias iplanet "oracle iplanet" "sun java system web server" "sun one web server"

# Java application servers.
skill tomcat "Apache Tomcat"
	kind web-server
	source onet simpleicons stackoverflow esco
	alias "apache tomcat" "tomcat server" "tomcat 9" "tomcat 8" "tomcat 10" tomee
	alias "apache tomee"
	# also a male cat and the F-14 fighter
	ambiguous tomcat
	veto-before \b(?:f\s*-?\s*14|f\s*-?\s*14[abd]|grumman|the\s+f\s*-?\s*14)\s*$
	veto-after ^\s*(?:squadron|fighter|jets?|pilots?|and\s+his)\b
	implies java

skill jetty "Eclipse Jetty"
	kind web-server
	source simpleicons stackoverflow
	alias "eclipse jetty" "jetty server" "embedded jetty" "jetty 9"
	# also a pier
	ambiguous jetty
	veto-before \b(?:fishing|ferry|harbour|harbor|along\s+the|wooden|stone|concrete|busselton|pier\s+and)\s+$
	veto-after ^\s*(?:park|road|rd|beach|st|street|restaurant|bar|construction|repairs?|fishing|walk|pier|inn|hotel)\b
	implies java

skill wildfly "WildFly"
	kind web-server
	source onet stackoverflow esco
	alias wildfly "red hat wildfly" "wildfly swarm"
	implies java

skill jboss "JBoss EAP"
	kind web-server
	source stackoverflow esco
	alias "jboss server" "j boss" "jboss 4" "jboss 5" "jboss 7" "jboss seam"
	alias jboss "jboss eap" "red hat jboss" "jboss as" "jboss application server"
	alias "red hat jboss eap"
	implies java

skill weblogic "Oracle WebLogic Server"
	kind web-server
	source onet stackoverflow esco
	alias "web logic" "bea web logic" "oracle web logic" "weblogic 10" "weblogic 11g" "weblogic 12c"
	alias "web logic server" "weblogic portal"
	alias weblogic "oracle weblogic" "oracle weblogic server" "weblogic server"
	alias "bea weblogic"
	implies java

skill websphere "IBM WebSphere Application Server"
	kind web-server
	source onet stackoverflow esco
	alias "ibm websphere" "web sphere" "ibm web sphere" "websphere 6" "websphere 7" "websphere 8"
	alias "websphere message broker"
	alias websphere "websphere application server" "ibm websphere application server"
	alias "websphere liberty" "open liberty" "websphere portal"
	implies java

skill glassfish "GlassFish"
	kind web-server
	source stackoverflow
	alias glassfish "oracle glassfish" "eclipse glassfish" payara "payara server"
	implies java

skill oracle-application-server "Oracle Application Server"
	kind web-server
	source onet stackoverflow
	alias "oracle application server" "oracle ias" "oracle http server"
	implies java

# ===========================================================================
# More hosting panels, deployment, version control and observability tools
# ===========================================================================
skill cpanel "cPanel"
	kind web-server
	source stackoverflow simpleicons
	alias cpanel "cpanel/whm" "cpanel whm" "whm/cpanel"
skill serverless-framework "Serverless Framework"
	kind iac
	source stackoverflow simpleicons
	alias "serverless framework" "aws serverless framework" serverless.com "serverless.yml"
	implies infrastructure-as-code
skill aws-cloudsearch "Amazon CloudSearch"
	kind cloud-service
	source stackoverflow
	alias cloudsearch "amazon cloudsearch" "aws cloudsearch"
	implies aws
skill pvcs "PVCS Version Manager"
	kind vcs
	source stackoverflow
	alias pvcs "serena pvcs" "pvcs version manager" "merant pvcs"
	implies version-control
# MKS Integrity (PTC Integrity); MKS is also the metre-kilogram-second system.
skill mks-integrity "MKS Integrity (PTC Integrity)"
	kind vcs
	source stackoverflow
	alias "mks integrity" "ptc integrity" "mks source integrity" "windchill rv&s"
	ambiguous mks
	veto-after ^\s*(?:units?|system)\b
	implies version-control
skill scom "System Center Operations Manager (SCOM)"
	kind observability
	source onet stackoverflow
	alias scom "system center operations manager" "microsoft scom" "ms scom" "microsoft system center"
	implies monitoring
skill bmc-mainview "BMC MainView"
	kind observability
	source common
	alias mainview "bmc mainview"
	implies monitoring
skill yourkit "YourKit Java Profiler"
	kind observability
	source stackoverflow
	alias yourkit "yourkit profiler" "yourkit java profiler"
skill java-mission-control "Java Mission Control / Flight Recorder"
	kind observability
	source common
	alias "java mission control" "jdk mission control" "java flight recorder" "jdk flight recorder"
	# NASA's mission control, an aircraft's flight recorder
	ambiguous "mission control" "flight recorder"
	veto-line \b(?:nasa|space\s*craft|spacecraft|launch|satellites?|aircraft|aviation|crash|black\s+box|airlines?)\b
	implies java
skill dtrace "DTrace"
	kind observability
	source stackoverflow
	alias dtrace
skill blackfire "Blackfire.io"
	kind observability
	source stackoverflow
	alias blackfire blackfire.io "blackfire profiler"
	implies php
skill ghost-inspector "Ghost Inspector"
	kind cicd
	source common
	alias ghostinspector "ghost inspector"
