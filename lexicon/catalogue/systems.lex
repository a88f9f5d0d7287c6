# gapcheck technology catalogue: systems (see gapcheck-lexicon(5)).
#
# Operating systems, security, networking, embedded and industrial
# systems, game engines and 3D tools, content management and e-commerce
# platforms.  Kinds: os, security, networking, embedded, game, cms.
#
# Sources: every entry names the public lists that attest its name or a
# spelling of it (O*NET 29.2 Technology Skills, GitHub linguist, devicon,
# Simple Icons, Stack Overflow tags, ESCO); "common" marks a name those
# lists lack, added from common use in resumes and job ads.  Only names
# and spellings are taken from them.
#
# Spellings: an alias is technical in itself ("kali linux", "burp suite",
# "unity3d"); a spelling that is also an ordinary word, a name or a place
# is ambiguous and counts only in technical context (Windows and doors,
# Alpine skiing, the Maya civilization, a kitchen blender, Palo Alto the
# city: only "palo alto networks" and its products are spelled here).
# Examples of both senses are in tests/lexicon/catalogue/systems.tsv.
#
# Left to other owners: protocols and identity standards (TLS, SSH,
# LDAP, OAuth, SAML, Kerberos), shells, JCL, Embedded C and the hardware
# description languages (languages); cloud services, HashiCorp Vault,
# Entra ID, the CDNs Akamai and Fastly and the monitors SolarWinds and
# PRTG (cloud); IDEs and build tools (frameworks); Db2 and CUDA (data);
# SharePoint (office); HubSpot (business).  Authentication spellings such
# as SSO, MFA and 2FA belong to the role's authentication skill.
#
# Implications: identity providers imply authentication; OpenSSL, GnuPG,
# PKI and HSMs imply encryption; distributions imply linux; engines and
# platforms imply their language where using them means writing it
# (Unity csharp, Unreal cpp, Drupal, Magento and other PHP platforms php,
# Sitecore and Umbraco dotnet); scanners and compliance standards imply
# nothing.  A context rule rules out every spelling of its entry, aliases
# included, so the rules name the other sense and avoid articles and
# prepositions that a technical line would also use.

# ===========================================================================
# Operating systems: Linux and its distributions
# ===========================================================================
skill linux "Linux"
	kind os
	source onet devicon simpleicons stackoverflow
	alias linux "gnu/linux" "gnu linux" "linux os" "linux server" "linux servers"
	alias "linux administration" "linux system administration" "linux sysadmin"
	alias "linux environment"
skill linux-kernel "Linux kernel"
	kind os
	source stackoverflow
	alias "linux kernel" "kernel development" "kernel modules" "linux kernel development"
	implies linux
skill unix "Unix"
	kind os
	source onet devicon stackoverflow
	alias unix "unix systems" "unix administration" "unix like"
skill posix "POSIX"
	kind os
	source stackoverflow
	alias posix "posix threads" pthreads
skill ubuntu "Ubuntu"
	kind os
	source onet devicon simpleicons stackoverflow
	alias ubuntu "ubuntu linux" "ubuntu server"
	implies linux
skill debian "Debian"
	kind os
	source devicon simpleicons stackoverflow
	alias debian "debian linux"
	implies linux
skill rhel "Red Hat Enterprise Linux"
	kind os
	source onet devicon simpleicons stackoverflow
	alias rhel "red hat enterprise linux" "red hat linux" "redhat linux" redhat "rhel 7"
	alias "rhel 8" "rhel 9"
	# the company, and the hat of the Red Hat Society
	ambiguous "red hat"
	veto-after ^\s*(?:society|hatters?|chapter)\b
	implies linux
skill centos "CentOS"
	kind os
	source devicon simpleicons stackoverflow
	alias centos "centos stream"
	implies linux
skill fedora "Fedora"
	kind os
	source devicon simpleicons stackoverflow
	alias "fedora linux" "fedora workstation" "fedora server"
	# the hat
	ambiguous fedora
	veto-before \b(?:wore|wearing|black|grey|gray|felt|wool|tweed)\s+$
	veto-after ^\s*(?:hats?)\b
	implies linux
skill rocky-linux "Rocky Linux"
	kind os
	source simpleicons
	alias "rocky linux"
	implies linux
skill almalinux "AlmaLinux"
	kind os
	source devicon simpleicons
	alias almalinux "alma linux"
	implies linux
skill oracle-linux "Oracle Linux"
	kind os
	source stackoverflow
	alias "oracle linux" "oracle enterprise linux"
	implies linux
skill suse "SUSE Linux"
	kind os
	source devicon simpleicons stackoverflow
	alias suse sles opensuse "suse linux" "suse linux enterprise" "suse linux enterprise server"
	implies linux
skill arch-linux "Arch Linux"
	kind os
	source devicon simpleicons stackoverflow
	alias "arch linux" archlinux
	implies linux
skill manjaro "Manjaro"
	kind os
	source simpleicons stackoverflow
	alias manjaro "manjaro linux"
	implies linux
skill alpine-linux "Alpine Linux"
	kind os
	source devicon simpleicons stackoverflow
	alias "alpine linux" "alpine image" "alpine images" "alpine based"
	# the mountains, skiing and climbing
	ambiguous alpine
	veto-after ^\s*(?:ski(?:s|ing|er)?|skiing|climb(?:s|ing|er)?|lakes?|villages?|resorts?|guides?|meadows?|plants?|gardens?|club|region|hut|huts|touring|tundra|zone|slopes?)\b
	veto-before \b(?:ski|swiss|austrian|french|italian|bavarian)\s+$
	implies linux
skill amazon-linux "Amazon Linux"
	kind os
	source stackoverflow
	alias "amazon linux" "amazon linux 2" al2023
	implies linux
skill linux-mint "Linux Mint"
	kind os
	source simpleicons stackoverflow
	alias "linux mint"
	implies linux
skill gentoo "Gentoo"
	kind os
	source devicon simpleicons stackoverflow
	alias gentoo "gentoo linux"
	implies linux
skill nixos "NixOS"
	kind os
	source linguist devicon simpleicons stackoverflow esco
	alias nixos
	implies linux
skill raspberry-pi-os "Raspberry Pi OS (Raspbian)"
	kind os
	source stackoverflow
	alias raspbian "raspberry pi os"
	implies linux
skill systemd "systemd"
	kind os
	source stackoverflow
	alias systemd systemctl journalctl "systemd units"
	implies linux
skill wsl "Windows Subsystem for Linux"
	kind os
	source stackoverflow
	alias wsl wsl2 "windows subsystem for linux"
	implies linux windows
skill cygwin "Cygwin"
	kind os
	source onet stackoverflow
	alias cygwin
# Linux and Unix certifications
skill rhcsa "Red Hat Certified System Administrator (RHCSA)"
	kind os
	source common
	alias rhcsa "red hat certified system administrator"
	implies rhel
skill rhce "Red Hat Certified Engineer (RHCE)"
	kind os
	source common
	alias rhce "red hat certified engineer"
	implies rhel
skill lpic "LPIC (Linux Professional Institute)"
	kind os
	source common
	alias lpic "lpic 1" "lpic 2" "lpic 3" "linux professional institute"
	implies linux
skill comptia-linux-plus "CompTIA Linux+"
	kind os
	source common
	alias "comptia linux+" "linux+"
	implies linux
skill lfcs "Linux Foundation Certified Sysadmin (LFCS)"
	kind os
	source common
	alias lfcs "linux foundation certified system administrator"
	alias "linux foundation certified sysadmin"
	implies linux

# ===========================================================================
# Operating systems: Windows, Apple, mobile and desktop
# ===========================================================================
skill windows "Microsoft Windows"
	kind os
	source onet stackoverflow
	alias "windows nt" "windows nt 4.0" "windows nt 4" winnt "windows 95" "windows 98" "windows 2000"
	alias "windows me" "windows 2k" win2000 win2k "win xp" winxp "win 7" "win 10" "windows 8.1"
	alias "windows xp/vista/7" "windows xp/7" "windows 7/8" "windows 7/10" "windows 95/98"
	alias "windows 98/2000" "windows 2000/xp" "windows xp/2000" "windows xp/vista" "windows xp/10"
	alias "microsoft windows" "ms windows" "windows os" "windows 10" "windows 11" "windows 7"
	alias "windows 8" "windows xp" "windows vista" "windows desktop" "windows administration"
	# windows and doors, window cleaning
	ambiguous windows
	veto-before \b(?:cleaned|cleaning|clean|washed|washing|wash|glazed|double|triple|storm|bay|broken|shop|store|vinyl|stained|tinted|tinting|boarded|sash|casement|replacement)\s+$
	veto-after ^\s*(?:(?:and|or|&)\s+(?:doors?|siding|roofing|gutters?|floors?|skylights?)|cleaning|cleaner|washing|installation|installer|installs?|fitting|fitter|frames?|glazing|treatments?|blinds|sills?|panes?|displays?|of\s+(?:time|opportunity))\b
skill windows-server "Windows Server"
	kind os
	source onet stackoverflow
	alias "windows server 2000" "windows server 2003" "windows server 2008" "windows server 2008 r2"
	alias "windows server 2012" "windows server 2012 r2" "windows server 2016" "windows server 2019"
	alias "windows server 2022" "windows 2003 server" "windows 2008 server" "windows 2012 server"
	alias "windows nt server" "windows 2000 server"
	alias "windows server" "windows servers" "windows server administration"
	alias "microsoft windows server"
	implies windows
skill windows-embedded "Windows Embedded / Windows IoT"
	kind os
	source onet stackoverflow
	alias wince "win ce" "windows ce 5.0" "windows ce 6.0" "wince 5.0" "wince 6.0" "win ce 5.0"
	alias "win ce 6.0" "windows ce 6" "windows ce 5" "windows mobile"
	alias "windows ce" "windows embedded" "windows iot" "windows embedded compact"
skill mcsa "Microsoft Certified Solutions Associate / Expert (MCSA, MCSE)"
	kind os
	source common
	alias mcsa mcse "microsoft certified solutions associate"
	alias "microsoft certified solutions expert"
	alias "microsoft certified systems engineer" "microsoft certified systems administrator"
	implies windows-server
skill sccm "Microsoft Configuration Manager (SCCM)"
	kind os
	source stackoverflow
	alias sccm mecm configmgr "system center configuration manager"
	alias "microsoft endpoint configuration manager"
	implies windows
skill intune "Microsoft Intune"
	kind os
	source stackoverflow
	alias intune "microsoft intune"
skill comptia-a-plus "CompTIA A+"
	kind os
	source common
	alias "comptia a+" "a+ certification" "a+ certified"
skill macos "macOS"
	kind os
	source onet simpleicons stackoverflow
	alias "mac osx" macosx "mac os 9" "mac os x server"
	# "Mac" alone; also a name ("Rhea Mac"), the cosmetics brand and a
	# network address
	ambiguous mac
	veto-before \b(?:big|rhea|fleetwood|bernie)\s+$
	veto-after ^\s*(?:address|addresses|addressing|layer|sublayer|protocol|filtering|tables?|cosmetics|and\s+cheese|n\s+cheese|miller|donald|arthur|kenzie|addr|aging|ageing|flooding|learning|limits?|spoofing|authentication|security|sec|sticky|flapping|moves?|entr(?:y|ies))\b
	veto-line \b(?:vlans?|802\.\d+\w*|ethernet|arp)\b
	alias macos "mac os" "mac os x" osx "os x" "apple macos" "macos administration"
skill jamf "Jamf"
	kind os
	source common
	alias jamf "jamf pro" "jamf now"
	implies macos
skill ios "iOS"
	kind os
	source onet simpleicons stackoverflow esco
	alias ios "apple ios" "ios 17" "ios 16"
skill ipados "iPadOS"
	kind os
	source esco
	alias ipados
skill watchos "watchOS"
	kind os
	source stackoverflow
	alias watchos
skill tvos "tvOS"
	kind os
	source stackoverflow
	alias tvos
skill android "Android"
	kind os
	source onet devicon simpleicons stackoverflow esco
	alias android "android os" "android platform" aosp "android open source project"
	# Android's edition for low-memory phones, not the Go language
	alias "android go" "android go edition"
skill wear-os "Wear OS"
	kind os
	source simpleicons
	alias "wear os" "android wear"
	implies android
skill chromeos "ChromeOS"
	kind os
	source stackoverflow
	alias chromeos "chrome os" "chromebook management"
skill harmonyos "HarmonyOS"
	kind os
	source simpleicons
	alias harmonyos "harmony os" openharmony
skill tizen "Tizen"
	kind os
	source stackoverflow esco
	alias tizen
skill webos "webOS"
	kind os
	source stackoverflow
	alias webos "lg webos"

# ===========================================================================
# Operating systems: Unix, BSD, mainframe and midrange
# ===========================================================================
skill solaris "Oracle Solaris"
	kind os
	source onet stackoverflow
	alias "solaris 8" "solaris 9" "sun solaris 8" "sun solaris 9" "sun solaris 10"
	alias "oracle solaris" "sun solaris" "solaris 10" "solaris 11" opensolaris illumos
	alias "solaris zones"
	# the novel and the films
	ambiguous solaris
	veto-before \b(?:tarkovsky's|soderbergh's|lem's|film|movie|novel|book)\s+$
	veto-after ^\s*\(\s*(?:19|20)\d\d\b
skill aix "IBM AIX"
	kind os
	source onet stackoverflow
	alias "aix 5.3" "aix 6.1" "aix 7.1" "aix 7.2" "aix 5l"
	alias "ibm aix" "aix administration" "aix 7"
	# Aix-en-Provence, Aix-les-Bains
	ambiguous aix
	veto-after ^\s*(?:en\s+provence|les\s+bains|marseille)\b
skill hp-ux "HP-UX"
	kind os
	source onet stackoverflow
	alias "hp ux" hpux
skill freebsd "FreeBSD"
	kind os
	source simpleicons stackoverflow
	alias freebsd "bsd unix"
skill openbsd "OpenBSD"
	kind os
	source simpleicons stackoverflow
	alias openbsd
skill netbsd "NetBSD"
	kind os
	source simpleicons stackoverflow
	alias netbsd
skill openvms "OpenVMS"
	kind os
	source onet stackoverflow
	alias "vax/vms" "vax vms" "open vms" "hp openvms"
	alias openvms
skill mainframe "IBM mainframe"
	kind os
	source stackoverflow
	alias mainframe mainframes "ibm mainframe" "ibm mainframes" "ibm z" "system z" "ibm zseries"
	alias zseries
skill zos "z/OS"
	kind os
	source onet stackoverflow esco
	alias "z/os" "ibm z/os" "os/390" "mvs/esa"
	# Motor Vehicle Services, and the abbreviation of other offices
	ambiguous mvs
	implies mainframe
skill cics "CICS"
	kind os
	source onet stackoverflow
	alias cics "ibm cics" "cics transaction server"
	implies mainframe
skill ims "IBM IMS"
	kind os
	source stackoverflow esco
	alias "ibm ims" "ims db" "ims/db" "ims dc" "ims/dc" "ims tm"
	implies mainframe
skill ispf "ISPF / TSO"
	kind os
	source onet stackoverflow
	alias ispf "tso/ispf" "tso/e"
	implies mainframe
skill racf "RACF / ACF2 (mainframe security)"
	kind security
	source onet stackoverflow
	alias racf "ibm racf" "ca acf2" acf2
	implies mainframe
skill vsam "VSAM"
	kind os
	source stackoverflow
	alias vsam
	implies mainframe
skill ibm-i "IBM i (AS/400)"
	kind os
	source stackoverflow
	alias "as/400" as400 iseries "os/400" "ibm iseries" "ibm power i"

# ===========================================================================
# Security: offensive testing, scanners and analysis tools
# ===========================================================================
skill penetration-testing "Penetration testing"
	kind security
	source stackoverflow esco
	alias "penetration testing" "penetration tests" "penetration test" "pen testing" "pen test"
	alias "pen tests" pentesting pentest pentests "ethical hacking" "red teaming"
skill vulnerability-management "Vulnerability management"
	kind security
	source common
	alias "vulnerability management" "vulnerability scanning" "vulnerability scans"
	alias "vulnerability remediation" "vulnerability scanner" "vulnerability scanners"
skill threat-modeling "Threat modeling"
	kind security
	source stackoverflow
	alias "threat modeling" "threat modelling" "threat models" "threat model"
skill owasp-top-10 "OWASP Top 10"
	kind security
	source simpleicons stackoverflow
	alias "owasp top 10" "owasp top ten" "owasp asvs"
skill sast "Static application security testing (SAST)"
	kind security
	source common
	alias sast "static application security testing" "static analysis security testing"
skill dast "Dynamic application security testing (DAST)"
	kind security
	source common
	alias dast "dynamic application security testing"
skill burp-suite "Burp Suite"
	kind security
	source onet simpleicons esco
	alias "burp suite" burpsuite "burp suite pro" "burp suite professional" "portswigger burp"
skill owasp-zap "OWASP ZAP"
	kind security
	source simpleicons esco
	alias "owasp zap" zaproxy "zed attack proxy"
skill wireshark "Wireshark"
	kind security
	source onet simpleicons stackoverflow esco
	alias wireshark tshark
skill nmap "Nmap"
	kind security
	source onet stackoverflow esco
	alias nmap zenmap
skill metasploit "Metasploit"
	kind security
	source onet simpleicons stackoverflow esco
	alias metasploit "metasploit framework" msfconsole msfvenom meterpreter
skill kali-linux "Kali Linux"
	kind security
	source onet simpleicons esco
	alias "kali linux" "kali os"
	implies linux
skill parrot-os "Parrot OS"
	kind security
	source esco
	alias "parrot os" "parrot security os" parrotsec
	implies linux
skill nessus "Nessus"
	kind security
	source onet stackoverflow esco
	alias nessus "tenable nessus" "nessus professional"
skill tenable "Tenable"
	kind security
	source common
	alias tenable.io tenable.sc "tenable io" "tenable sc" "tenable one"
	alias "tenable security center"
	# "a tenable position"
	ambiguous tenable
skill qualys "Qualys"
	kind security
	source simpleicons stackoverflow
	alias qualys "qualys vmdr" qualysguard
skill rapid7 "Rapid7"
	kind security
	source onet esco
	alias rapid7 insightvm nexpose insightidr
skill openvas "OpenVAS"
	kind security
	source onet stackoverflow
	alias openvas greenbone
skill nikto "Nikto"
	kind security
	source common
	alias nikto
skill sqlmap "sqlmap"
	kind security
	source stackoverflow
	alias sqlmap
skill john-the-ripper "John the Ripper"
	kind security
	source esco
	alias "john the ripper"
skill hashcat "Hashcat"
	kind security
	source simpleicons stackoverflow
	alias hashcat
skill thc-hydra "THC Hydra"
	kind security
	source common
	alias "thc hydra"
	# the animal and the monster
	ambiguous hydra
	veto-before \b(?:freshwater|green|lernaean|lernean)\s+$
	veto-after ^\s*(?:vulgaris|viridissima|polyps?|regenerat\w*|cultures?|specimens?|and\s+planaria)\b
	veto-line \b(?:biology|zoology|microscope|planaria|polyps?|freshwater|invertebrates?|cnidarians?|mythology)\b
skill aircrack-ng "Aircrack-ng"
	kind security
	source stackoverflow esco
	alias "aircrack ng" aircrack
skill cobalt-strike "Cobalt Strike"
	kind security
	source common
	alias "cobalt strike"
skill mimikatz "Mimikatz"
	kind security
	source common
	alias mimikatz
skill impacket "Impacket"
	kind security
	source common
	alias impacket
skill ghidra "Ghidra"
	kind security
	source onet
	alias ghidra
skill ida-pro "IDA Pro"
	kind security
	source onet
	alias "ida pro" "hex rays" "ida disassembler"
skill tcpdump "tcpdump"
	kind networking
	source onet stackoverflow
	alias tcpdump
skill netcat "Netcat"
	kind networking
	source stackoverflow
	alias netcat
skill encase "EnCase"
	kind security
	source onet stackoverflow
	alias "encase forensic" "opentext encase" "guidance encase" "encase enterprise"
skill ftk "Forensic Toolkit (FTK)"
	kind security
	source onet
	alias "forensic toolkit" "accessdata ftk" "ftk imager"

# ===========================================================================
# Security: code, dependency and container scanning
# ===========================================================================
skill snyk "Snyk"
	kind security
	source simpleicons
	alias snyk
skill sonarqube "SonarQube"
	kind security
	source onet devicon stackoverflow
	alias "sonar scanner" "sonar runner"
	# sonar, the echo sounding
	ambiguous sonar
	veto-line \b(?:submarines?|naval|navy|sonars|underwater|acoustic|hydrophones?|bathymetr\w*|echo\s+sound\w*|fish\s*finders?|marine|sea\s*floor|seabed)\b
	alias sonarqube sonarcloud sonarlint "sonar qube" "sonarsource"
skill veracode "Veracode"
	kind security
	source stackoverflow
	alias veracode
skill checkmarx "Checkmarx"
	kind security
	source simpleicons stackoverflow
	alias checkmarx "checkmarx sast" "checkmarx one" cxsast
skill fortify "Fortify"
	kind security
	source onet stackoverflow esco
	alias "fortify sca" "fortify static code analyzer" "fortify on demand" "micro focus fortify"
	alias "hp fortify" "opentext fortify" "fortify webinspect" webinspect
	# the verb
	ambiguous fortify
skill coverity "Coverity"
	kind security
	source stackoverflow
	alias coverity "synopsys coverity"
skill black-duck "Black Duck"
	kind security
	source common
	alias blackduck "synopsys black duck" "black duck hub" "black duck sca"
skill mend "Mend (WhiteSource)"
	kind security
	source common
	alias whitesource mend.io "mend sca" "mend bolt"
skill appscan "IBM AppScan"
	kind security
	source common
	alias appscan "ibm appscan" "hcl appscan"
skill acunetix "Acunetix"
	kind security
	source onet
	alias acunetix
skill semgrep "Semgrep"
	kind security
	source common
	alias semgrep
skill gitleaks "Gitleaks"
	kind security
	source common
	alias gitleaks trufflehog "git secrets"
skill dependabot "Dependabot"
	kind security
	source simpleicons
	alias dependabot
skill trivy "Trivy"
	kind security
	source simpleicons
	alias trivy "aqua trivy"
skill grype "Grype"
	kind security
	source common
	alias grype syft
skill anchore "Anchore"
	kind security
	source common
	alias anchore "anchore engine" "anchore enterprise"
skill clair "Clair"
	kind security
	source common
	alias "quay clair" "clair scanner"
	# a first name; "clair de lune"
	ambiguous clair
	veto-after ^\s*(?:de\s+lune|obscur)\b
skill aqua-security "Aqua Security"
	kind security
	source common
	alias "aqua security" "aqua sec" aquasec
skill prisma-cloud "Prisma Cloud"
	kind security
	source common
	alias "prisma cloud" twistlock "palo alto prisma cloud"
skill falco "Falco"
	kind security
	source simpleicons
	alias "falco rules" "sysdig falco" "falcosecurity"
	# a surname, and the singer
	ambiguous falco
skill wiz "Wiz"
	kind security
	source common
	alias wiz.io "wiz cnapp" "wiz security"
	# "The Wiz", the musical
	ambiguous wiz
	veto-line \b(?:musicals?|theat(?:er|re)|scarecrow|tin\s+man|cowardly\s+lion|cast\s+of|production\s+of)\b
skill orca-security "Orca Security"
	kind security
	source common
	alias "orca security"
skill lacework "Lacework"
	kind security
	source common
	alias lacework
skill cspm "Cloud security posture management (CSPM)"
	kind security
	source common
	alias cspm "cloud security posture management" cnapp cwpp
skill osquery "osquery"
	kind security
	source stackoverflow
	alias osquery

# ===========================================================================
# Security: identity, access and secrets
# ===========================================================================
skill okta "Okta"
	kind security
	source devicon simpleicons stackoverflow
	alias okta "okta sso" "okta workforce identity"
	implies authentication
skill auth0 "Auth0"
	kind security
	source simpleicons stackoverflow
	alias auth0
	implies authentication
skill keycloak "Keycloak"
	kind security
	source simpleicons stackoverflow
	alias keycloak "red hat sso"
	implies authentication
skill ping-identity "Ping Identity"
	kind security
	source onet stackoverflow
	alias "ping identity" pingfederate pingone pingaccess pingid
	implies authentication
skill forgerock "ForgeRock"
	kind security
	source stackoverflow
	alias forgerock openam
	implies authentication
skill duo-security "Duo Security"
	kind security
	source common
	alias "duo security" "duo mfa" "cisco duo" "duo 2fa"
	implies authentication
skill active-directory "Active Directory"
	kind security
	source onet stackoverflow esco
	alias "active directory" "microsoft active directory" "active directory domain services"
	alias "ad ds" "windows active directory" adfs "active directory federation services"
	implies authentication
skill cyberark "CyberArk"
	kind security
	source onet
	alias cyberark "cyberark pam" conjur
skill beyondtrust "BeyondTrust"
	kind security
	source common
	alias beyondtrust
skill delinea "Delinea (Thycotic)"
	kind security
	source common
	alias delinea thycotic "thycotic secret server"
skill privileged-access-management "Privileged access management (PAM)"
	kind security
	source common
	alias "privileged access management" "privileged identity management"
	alias "privileged account management"
skill sailpoint "SailPoint"
	kind security
	source stackoverflow
	alias sailpoint "sailpoint identityiq" identityiq identitynow "sailpoint identitynow"
	implies authentication
skill saviynt "Saviynt"
	kind security
	source common
	alias saviynt
skill yubikey "YubiKey"
	kind security
	source simpleicons stackoverflow
	alias yubikey yubikeys yubico
	implies authentication
skill openssl "OpenSSL (LibreSSL, BoringSSL)"
	kind security
	source simpleicons stackoverflow
	alias openssl libressl boringssl
	implies encryption
skill gnupg "GnuPG / PGP"
	kind security
	source simpleicons stackoverflow
	alias gnupg gpg openpgp "gnu privacy guard" "pretty good privacy" "pgp encryption"
	alias "pgp keys"
	implies encryption
skill pki "Public key infrastructure (PKI)"
	kind security
	source stackoverflow
	alias pki "public key infrastructure" "x.509" x509 "certificate authority"
	alias "certificate authorities"
	implies encryption
skill lets-encrypt "Let's Encrypt"
	kind security
	source simpleicons stackoverflow
	alias "let's encrypt" letsencrypt certbot
	implies encryption
skill hsm "Hardware security modules (HSM)"
	kind security
	source common
	alias "hardware security module" "hardware security modules" "thales luna" "safenet luna"
	implies encryption
skill bitwarden "Bitwarden"
	kind security
	source simpleicons
	alias bitwarden
skill onepassword "1Password"
	kind security
	source simpleicons
	alias 1password
skill zero-trust "Zero trust"
	kind security
	source common
	alias "zero trust" "zero trust architecture" "zero trust network access" ztna
skill selinux "SELinux"
	kind security
	source stackoverflow
	alias selinux "security enhanced linux"
	implies linux
skill apparmor "AppArmor"
	kind security
	source stackoverflow
	alias apparmor
	implies linux
skill fail2ban "Fail2ban"
	kind security
	source stackoverflow
	alias fail2ban

# ===========================================================================
# Security: detection, response and endpoint protection
# ===========================================================================
skill siem "SIEM"
	kind security
	source common
	alias siem "security information and event management" "siem tools"
skill soar "SOAR"
	kind security
	source common
	alias "security orchestration automation and response"
	alias "soar platform" "soar playbooks"
	# the verb
	ambiguous soar
	veto-after ^\s*(?:above|high|higher|to\s+(?:new|record|the\s+top)|into\s+the\s+(?:sky|air)|over\s+the)\b
skill security-operations-center "Security operations center (SOC)"
	kind security
	source common
	alias "security operations center" "security operations centre" "soc analyst" "soc analysts"
	alias "soc operations" "soc tier 1" "soc tier 2" "soc l1" "soc l2"
skill edr "Endpoint detection and response (EDR)"
	kind security
	source common
	alias edr xdr "endpoint detection and response" "extended detection and response"
skill incident-response-security "Security incident response"
	kind security
	source common
	alias "security incident response" "cyber incident response" dfir "digital forensics"
	alias "computer forensics"
skill threat-hunting "Threat hunting and intelligence"
	kind security
	source common
	alias "threat hunting" "threat intelligence" "cyber threat intelligence" osint
skill mitre-attack "MITRE ATT&CK"
	kind security
	source common
	alias "mitre att&ck" "att&ck" "mitre attack" "mitre att&ck framework"
skill qradar "IBM QRadar"
	kind security
	source onet
	alias qradar "ibm qradar"
	implies siem
skill arcsight "ArcSight"
	kind security
	source stackoverflow
	alias arcsight "micro focus arcsight" "hp arcsight"
	implies siem
skill logrhythm "LogRhythm"
	kind security
	source onet
	alias logrhythm
	implies siem
skill exabeam "Exabeam"
	kind security
	source common
	alias exabeam
	implies siem
skill securonix "Securonix"
	kind security
	source common
	alias securonix
	implies siem
skill wazuh "Wazuh"
	kind security
	source stackoverflow
	alias wazuh ossec "ossec hids"
skill security-onion "Security Onion"
	kind security
	source common
	alias "security onion"
skill intrusion-detection "Intrusion detection and prevention (IDS/IPS)"
	kind security
	source onet stackoverflow esco
	alias "ids/ips" "intrusion detection" "intrusion prevention" "intrusion detection system"
	alias "intrusion detection systems" "intrusion prevention system"
	alias "intrusion prevention systems" hids nids
skill snort "Snort"
	kind security
	source onet simpleicons stackoverflow
	alias "snort ids" "snort rules" snort3
	# the verb
	ambiguous snort
	implies intrusion-detection
skill suricata "Suricata"
	kind security
	source stackoverflow
	alias "suricata ids" "suricata rules"
	# the meerkat's genus
	ambiguous suricata
	veto-after ^\s*suricatta\b
	implies intrusion-detection
skill zeek "Zeek (Bro)"
	kind security
	source linguist
	alias zeek "bro ids" "zeek ids"
	implies intrusion-detection
skill yara "YARA"
	kind security
	source common
	alias "yara rules" "yara signatures"
skill crowdstrike "CrowdStrike Falcon"
	kind security
	source common
	alias crowdstrike "crowdstrike falcon" "falcon edr"
	implies edr
skill sentinelone "SentinelOne"
	kind security
	source common
	alias sentinelone "sentinel one"
	implies edr
skill carbon-black "VMware Carbon Black"
	kind security
	source common
	alias carbonblack "vmware carbon black" "carbon black edr" "carbon black cloud" "cb defense"
	# the industrial material (rubber, inks)
	ambiguous "carbon black"
	veto-line \b(?:rubber|tyres?|tires?|pigments?|inks?|polymers?|furnaces?)\b
	implies edr
skill microsoft-defender "Microsoft Defender"
	kind security
	source stackoverflow
	alias "microsoft defender" "windows defender" "defender for endpoint"
	alias "microsoft defender for endpoint" "defender atp"
skill cylance "Cylance"
	kind security
	source common
	alias cylance cylanceprotect
skill symantec "Symantec Endpoint Protection"
	kind security
	source onet simpleicons stackoverflow
	alias symantec "symantec endpoint protection" "broadcom symantec" "symantec dlp"
skill mcafee "McAfee / Trellix"
	kind security
	source onet simpleicons stackoverflow
	alias mcafee "mcafee epo" trellix "mcafee epolicy orchestrator"
skill trend-micro "Trend Micro"
	kind security
	source simpleicons
	alias "trend micro" trendmicro "trend micro deep security" "trend vision one"
skill sophos "Sophos"
	kind security
	source common
	alias sophos "sophos xg" "sophos intercept x"
skill kaspersky "Kaspersky"
	kind security
	source simpleicons stackoverflow
	alias kaspersky
skill bitdefender "Bitdefender"
	kind security
	source simpleicons stackoverflow
	alias bitdefender "bitdefender gravityzone"
skill malwarebytes "Malwarebytes"
	kind security
	source simpleicons
	alias malwarebytes
skill clamav "ClamAV"
	kind security
	source common
	alias clamav
skill tanium "Tanium"
	kind security
	source common
	alias tanium
skill darktrace "Darktrace"
	kind security
	source common
	alias darktrace
skill varonis "Varonis"
	kind security
	source common
	alias varonis
skill proofpoint "Proofpoint"
	kind security
	source common
	alias proofpoint
skill mimecast "Mimecast"
	kind security
	source common
	alias mimecast
skill dlp "Data loss prevention (DLP)"
	kind security
	source common
	alias "data loss prevention" "data leak prevention" "dlp policies" "dlp solutions"
	# Digital Light Processing projectors
	ambiguous dlp
	veto-after ^\s*(?:projectors?|chips?|printers?|printing|3d\s+print\w*|resin)\b
	veto-before \b(?:texas\s+instruments|ti)\s+$
skill casb "Cloud access security broker (CASB)"
	kind security
	source common
	alias casb "cloud access security broker"
skill zscaler "Zscaler"
	kind security
	source stackoverflow
	alias zscaler "zscaler internet access" "zscaler private access"
skill netskope "Netskope"
	kind security
	source common
	alias netskope
skill cisco-umbrella "Cisco Umbrella"
	kind security
	source common
	alias "cisco umbrella" opendns
skill cisco-ise "Cisco ISE"
	kind security
	source common
	alias "cisco ise" "identity services engine"
	implies authentication
skill network-access-control "Network access control (NAC)"
	kind security
	source common
	alias "network access control" clearpass "aruba clearpass" forescout

# ===========================================================================
# Security: firewalls and perimeter
# ===========================================================================
skill palo-alto "Palo Alto Networks firewalls"
	kind security
	source simpleicons
	alias "palo alto networks" "palo alto firewall" "palo alto firewalls" "palo alto ngfw"
	alias "pan os" globalprotect "palo alto panorama"
skill fortinet "Fortinet FortiGate"
	kind security
	source simpleicons
	alias fortinet fortigate fortigates fortios fortianalyzer fortimanager fortiweb
	alias "fortinet nse"
skill check-point "Check Point firewalls"
	kind security
	source common
	alias "check point firewall" "check point firewalls" "checkpoint firewall"
	alias "checkpoint firewalls"
	alias "check point software" "check point ngfw" "check point gaia"
	alias "check point certified security administrator"
skill sonicwall "SonicWall"
	kind security
	source simpleicons stackoverflow
	alias sonicwall
skill watchguard "WatchGuard"
	kind security
	source common
	alias watchguard
skill imperva "Imperva"
	kind security
	source common
	alias imperva incapsula
skill web-application-firewall "Web application firewall (WAF)"
	kind security
	source common
	alias "web application firewall" "web application firewalls" modsecurity "mod security"
skill network-security "Network security"
	kind security
	source stackoverflow
	alias "network security" "network hardening"

# ===========================================================================
# Security: standards, compliance and frameworks
# ===========================================================================
skill iso-27001 "ISO/IEC 27001"
	kind security
	source common
	alias "iso 27001" "iso/iec 27001" iso27001
skill soc2 "SOC 2"
	kind security
	source common
	alias "soc 2" soc2 "soc 2 type ii" "soc 2 type 2" "soc ii" "soc 2 compliance"
skill pci-dss "PCI DSS"
	kind security
	source stackoverflow
	alias "pci dss" pcidss "pci compliance" "pci compliant"
	alias "payment card industry data security standard"
skill hipaa "HIPAA"
	kind security
	source stackoverflow
	alias hipaa "hipaa compliance" "hipaa compliant"
skill gdpr "GDPR"
	kind security
	source esco
	alias gdpr "general data protection regulation" "gdpr compliance"
skill ccpa "CCPA"
	kind security
	source common
	alias ccpa "california consumer privacy act"
skill nist-csf "NIST Cybersecurity Framework"
	kind security
	source common
	alias "nist csf" "nist cybersecurity framework" "nist cyber security framework"
skill nist-800-53 "NIST SP 800-53"
	kind security
	source common
	alias "nist 800 53" "nist sp 800 53" "nist 800 171" "nist sp 800 171" "nist rmf"
	alias "nist risk management framework"
skill fedramp "FedRAMP"
	kind security
	source common
	alias fedramp
skill fisma "FISMA"
	kind security
	source common
	alias fisma
skill cmmc "CMMC"
	kind security
	source common
	alias cmmc "cybersecurity maturity model certification"
skill hitrust "HITRUST"
	kind security
	source common
	alias hitrust "hitrust csf"
skill cis-benchmarks "CIS Benchmarks and Controls"
	kind security
	source common
	alias "cis benchmarks" "cis benchmark" "cis controls" "cis critical security controls"
	alias "cis hardening"
skill disa-stig "DISA STIGs"
	kind security
	source common
	alias "disa stig" "disa stigs" stigs "security technical implementation guide"
	alias "security technical implementation guides" "stig compliance"
	# a Scandinavian first name
	ambiguous stig
skill vanta "Vanta"
	kind security
	source common
	alias vanta
skill drata "Drata"
	kind security
	source common
	alias drata

# ===========================================================================
# Security: certifications
# ===========================================================================
skill cissp "CISSP"
	kind security
	source common
	alias cissp "certified information systems security professional"
skill cism "CISM"
	kind security
	source common
	alias cism "certified information security manager"
skill cisa-cert "CISA (Certified Information Systems Auditor)"
	kind security
	source common
	alias "certified information systems auditor" "isaca cisa" "cisa certified"
	alias "cisa certification"
skill ceh "Certified Ethical Hacker (CEH)"
	kind security
	source common
	alias ceh "certified ethical hacker" "ec council ceh"
skill oscp "OSCP"
	kind security
	source common
	alias oscp "offensive security certified professional" oswe osep
skill comptia-security-plus "CompTIA Security+"
	kind security
	source common
	alias "comptia security+" "security+" "sec+"
skill comptia-cysa "CompTIA CySA+"
	kind security
	source common
	alias "comptia cysa+" "cysa+" "comptia pentest+" "pentest+" "comptia casp+" "casp+"
skill giac "GIAC certifications"
	kind security
	source common
	alias giac gsec gcih gpen gcia gcfa gwapt
skill ccsp "CCSP"
	kind security
	source common
	alias ccsp "certified cloud security professional"
skill crisc "CRISC"
	kind security
	source common
	alias crisc

# ===========================================================================
# Networking: services, routing and switching
# ===========================================================================
skill dns "DNS"
	kind networking
	source onet stackoverflow esco
	alias dns "domain name system" "dns management" "dns records" "dns servers"
skill bind "BIND"
	kind networking
	source onet stackoverflow
	alias bind9 "isc bind" "bind dns"
	implies dns
skill infoblox "Infoblox"
	kind networking
	source onet
	alias infoblox "infoblox ddi"
	implies dns
skill dhcp "DHCP"
	kind networking
	source onet stackoverflow
	alias dhcp "dhcp server" "dhcp servers"
skill bgp "BGP"
	kind networking
	source onet stackoverflow
	alias bgp "border gateway protocol" ebgp ibgp
skill ospf "OSPF"
	kind networking
	source onet stackoverflow
	alias ospf "open shortest path first"
skill eigrp "EIGRP"
	kind networking
	source common
	alias eigrp
skill spanning-tree "Spanning Tree Protocol"
	kind networking
	source common
	alias "spanning tree" "spanning tree protocol" rstp
skill hsrp-vrrp "HSRP / VRRP"
	kind networking
	source common
	alias hsrp vrrp
skill mpls "MPLS"
	kind networking
	source onet
	alias mpls
skill vlan "VLANs"
	kind networking
	source stackoverflow
	alias vlan vlans "802.1q" "vlan tagging"
skill vxlan "VXLAN / EVPN"
	kind networking
	source common
	alias vxlan evpn "evpn vxlan"
skill routing-switching "Routing and switching"
	kind networking
	source common
	alias "routing and switching" "routing & switching" "routing/switching" "layer 3 switching"
	alias "layer 2 switching" "network routing" "ip routing" "static routing"
skill subnetting "IP subnetting"
	kind networking
	source common
	alias subnetting "ip subnetting" cidr "ip addressing" ipam "ip address management"
skill ipv6 "IPv6"
	kind networking
	source stackoverflow
	alias ipv6
skill osi-model "OSI model"
	kind networking
	source common
	alias "osi model" "osi layers" "osi reference model"
skill qos "Quality of service (QoS)"
	kind networking
	source stackoverflow
	alias qos
skill sdn "Software-defined networking (SDN)"
	kind networking
	source stackoverflow
	alias "software defined networking" "software defined network" openflow
	# the OFAC Specially Designated Nationals list
	ambiguous sdn
	veto-after ^\s*(?:list|lists|screening|matches|hits)\b
	veto-line \b(?:ofac|sanctions?|specially\s+designated)\b
skill sd-wan "SD-WAN"
	kind networking
	source common
	alias "sd wan" sdwan "viptela" "velocloud"
skill vpn "VPN"
	kind networking
	source stackoverflow esco
	alias vpn vpns "virtual private network" "virtual private networks" "site to site vpn"
	alias "remote access vpn"
skill openvpn "OpenVPN"
	kind networking
	source simpleicons stackoverflow
	alias openvpn
	implies vpn
skill lan-wan "LAN/WAN"
	kind networking
	source common
	alias "lan/wan" "local area network" "local area networks" "wide area network"
	alias "wide area networks"
	# the given names and surnames Lan and Wan
	ambiguous lan wan
	# a surname follows: "with Wan Li", "under Lan Nguyen"
	veto-after ^\s+(?:nguyen|li|wei|chen|zhang|wang|liu|huang|zhao|wu|zhou|xu|zhu|guo|lin|luo|tran|pham|hoang|phan|vu|dang|bui|ngo|duong|lee|tan|lim|ng)\b
skill wifi "Wi-Fi (WLAN)"
	kind networking
	source stackoverflow
	alias wlan wlans "wireless lan" "wireless networking" "wireless networks" "802.11"
	alias "802.11ac" "802.11ax" "wifi 6" "wi fi 6"
	# guest Wi-Fi at a hotel or a cafe
	ambiguous "wi fi" wifi
	veto-before \b(?:free|guest|guests|public|in\s*-?\s*room|complimentary|hotel|cafe|restaurant)\s+$
skill ethernet "Ethernet"
	kind networking
	source stackoverflow
	alias ethernet "gigabit ethernet" "industrial ethernet"
skill firewall "Firewalls"
	kind networking
	source stackoverflow esco
	alias "firewall rules" "firewall configuration" "firewall management"
	alias "firewall administration"
	alias "network firewall" "network firewalls" "firewall policies" ngfw
	# the fire wall of a building or a car
	ambiguous firewall firewalls
	veto-line \b(?:fire\s*rated|fire\s*stopping|drywall|masonry|framing|construction|carpentry|concrete|building\s+codes?|engine\s+bay|chassis)\b
skill iptables "iptables"
	kind networking
	source onet stackoverflow
	alias iptables ip6tables
	implies linux
skill nftables "nftables / firewalld"
	kind networking
	source stackoverflow
	alias nftables firewalld
	implies linux
skill pfsense "pfSense / OPNsense"
	kind networking
	source devicon simpleicons stackoverflow
	alias pfsense opnsense
skill netflow "NetFlow"
	kind networking
	source stackoverflow
	alias netflow sflow ipfix
skill snmp "SNMP"
	kind networking
	source stackoverflow
	alias snmp snmpv3 "snmp v3" "snmp traps"
skill voip "VoIP"
	kind networking
	source stackoverflow
	alias voip "voice over ip" "sip trunking" "sip trunks"
skill cucm "Cisco Unified Communications Manager"
	kind networking
	source stackoverflow
	alias cucm callmanager "cisco callmanager" "cisco unified communications manager" "cisco uc"
	implies voip
skill cdn "Content delivery networks (CDN)"
	kind networking
	source stackoverflow
	alias cdns "content delivery network" "content delivery networks"
	# the Canadian dollar: "CDN$2M budget"
	ambiguous cdn
	cue-after ^\s*(?:edge|nodes?|caching|cache|providers?|purg\w+|invalidations?)\b
	veto-after ^\s*(?:\$|dollars?\b|funds?\b)
skill netbox "NetBox"
	kind networking
	source devicon
	alias netbox
skill packet-tracer "Cisco Packet Tracer"
	kind networking
	source common
	alias "packet tracer" "cisco packet tracer"
skill gns3 "GNS3 / EVE-NG"
	kind networking
	source common
	alias gns3 "eve ng"
skill ekahau "Ekahau"
	kind networking
	source common
	alias ekahau "wireless site survey" "wireless site surveys"
	implies wifi

# ===========================================================================
# Networking: vendors and network operating systems
# ===========================================================================
skill cisco "Cisco networking"
	kind networking
	source simpleicons stackoverflow esco
	alias "cisco routers" "cisco router" "cisco switches" "cisco switch" "cisco switching"
	alias "cisco routing"
	alias "cisco networking" "cisco catalyst" "cisco nexus" "catalyst switches" "nexus switches"
	alias "cisco equipment" "cisco devices" "cisco wlc" "cisco wireless"
	# the company as an employer, the town, the name, and Sysco misspelt
	ambiguous cisco
	veto-after ^\s*(?:,\s*)?(?:tx|texas|kid|systems\s+(?:inc|corp))\b
	veto-line \b(?:food\s+(?:service|distribution)|sysco)\b
skill cisco-ios "Cisco IOS"
	kind networking
	source onet stackoverflow
	alias "cisco ios" "ios xe" "ios xr" "cisco ios xe" "cisco ios xr"
	implies cisco
skill cisco-nxos "Cisco NX-OS"
	kind networking
	source common
	alias "nx os" nxos "cisco nx os"
	implies cisco
skill cisco-asa "Cisco ASA / Firepower"
	kind networking
	source onet
	alias "cisco asa" "asa firewall" "asa firewalls" "cisco firepower"
	alias "firepower threat defense"
	alias anyconnect "cisco anyconnect"
	implies cisco
skill cisco-aci "Cisco ACI"
	kind networking
	source common
	alias "cisco aci" "application centric infrastructure"
	implies cisco
skill meraki "Cisco Meraki"
	kind networking
	source common
	alias meraki "cisco meraki"
skill juniper "Juniper Networks"
	kind networking
	source simpleicons stackoverflow esco
	alias "juniper networks" "juniper routers" "juniper switches" "juniper srx" "juniper mx"
	alias "juniper ex"
	# the shrub and the first name
	ambiguous juniper
	veto-after ^\s*(?:berr(?:y|ies)|bushes|shrubs?|trees?|oil|gin|hills?)\b
skill junos "Junos OS"
	kind networking
	source stackoverflow
	alias junos "junos os" "juniper junos"
	implies juniper
skill arista "Arista Networks"
	kind networking
	source common
	alias "arista networks" "arista eos" "arista switches" "arista cloudvision"
	# the record label, the name, other companies
	ambiguous arista
	veto-after ^\s*(?:records|nursing|home|homes|care|healthcare|health|music)\b
skill aruba "Aruba Networks"
	kind networking
	source stackoverflow
	alias "aruba networks" "hpe aruba" "aruba wireless" "aruba switches" "aruba central"
	alias "aruba instant"
	# the island
	ambiguous aruba
	veto-before \b(?:island\s+of|visited|visiting)\s+$
	veto-after ^\s*(?:,\s*)?(?:island|resort|beach|caribbean|dutch)\b
	veto-line \b(?:honeymoons?|vacations?|cruises?|caribbean|resorts?|beach\w*|excursions?|travel\s+agen\w+)\b
skill ubiquiti "Ubiquiti UniFi"
	kind networking
	source simpleicons
	alias ubiquiti "ubiquiti unifi" "unifi controller" "unifi network"
skill mikrotik "MikroTik"
	kind networking
	source simpleicons stackoverflow
	alias mikrotik routeros "mikrotik routeros"
skill f5 "F5 BIG-IP"
	kind networking
	source simpleicons stackoverflow
	alias "f5 waf" "f5 ltm/gtm" "f5 ltm / gtm"
	alias bigip "f5 big ip" "f5 networks" "f5 ltm" "big ip ltm" "f5 load balancer"
	alias "f5 load balancers"
	alias "f5 gtm" "f5 asm" irules
	# the key and the tornado rating
	ambiguous f5
	veto-before \b(?:press(?:ed|ing)?|hit(?:ting)?|key)\s+$
	veto-after ^\s*(?:tornado|key)\b
skill netscaler "Citrix NetScaler (ADC)"
	kind networking
	source stackoverflow
	alias netscaler "citrix netscaler" "citrix adc"
# Networking certifications
skill ccna "CCNA"
	kind networking
	source common
	alias ccna "cisco certified network associate"
	implies cisco
skill ccnp "CCNP"
	kind networking
	source common
	alias ccnp "cisco certified network professional"
	implies cisco
skill ccie "CCIE"
	kind networking
	source common
	alias ccie "cisco certified internetwork expert"
	implies cisco
skill comptia-network-plus "CompTIA Network+"
	kind networking
	source common
	alias "comptia network+" "network+"
skill jncia "Juniper certifications (JNCIA, JNCIS)"
	kind networking
	source common
	alias jncia jncis jncip jncie
	implies junos
skill cwna "CWNA"
	kind networking
	source common
	alias cwna "certified wireless network administrator"
	implies wifi

# ===========================================================================
# Embedded: concepts, embedded Linux and real-time operating systems
# ===========================================================================
skill embedded-systems "Embedded systems"
	kind embedded
	source esco
	alias "embedded systems" "embedded system" "embedded software" "embedded development"
	alias "embedded programming" "embedded engineering" "embedded firmware"
skill firmware "Firmware development"
	kind embedded
	source stackoverflow esco
	alias "firmware development" "firmware engineering" "firmware engineer"
	alias "embedded firmware development"
	# IT support updating the firmware of printers and routers
	ambiguous firmware
	veto-before \b(?:updat\w*|upgrad\w*|flash(?:ed|ing)?|patch(?:ed|ing)?|install(?:ed|ing)?|appl(?:y|ied|ying))\s+(?:[\w-]+\s+){0,2}$
	veto-after ^\s*(?:updates?|upgrades?|patch(?:es|ing)?)\b
skill embedded-linux "Embedded Linux"
	kind embedded
	source stackoverflow
	alias "embedded linux" "linux bsp" "board support package" "board support packages"
	implies linux embedded-systems
skill device-drivers "Device drivers"
	kind embedded
	source stackoverflow esco
	alias "device drivers" "device driver" "linux device drivers" "kernel drivers"
	alias "windows driver kit"
skill yocto "Yocto Project"
	kind embedded
	source linguist stackoverflow
	alias yocto "yocto project" openembedded bitbake
	implies embedded-linux
skill buildroot "Buildroot"
	kind embedded
	source stackoverflow
	alias buildroot
	implies embedded-linux
skill u-boot "U-Boot"
	kind embedded
	source stackoverflow
	alias "u boot" uboot "das u boot"
skill rtos "Real-time operating systems (RTOS)"
	kind embedded
	source stackoverflow
	alias rtos "real time operating system" "real time operating systems" "real time os"
skill freertos "FreeRTOS"
	kind embedded
	source stackoverflow
	alias freertos "amazon freertos"
	implies rtos
skill zephyr "Zephyr RTOS"
	kind embedded
	source stackoverflow
	alias "zephyr rtos" "zephyr project" "zephyr os"
	# the wind, and many product names
	ambiguous zephyr
	veto-after ^\s*(?:cove|air|airlines|hills?|teas?|bikes?|wind)\b
	implies rtos
skill vxworks "VxWorks"
	kind embedded
	source onet stackoverflow
	alias vxworks "wind river vxworks"
	implies rtos
skill qnx "QNX"
	kind embedded
	source onet stackoverflow
	alias qnx "qnx neutrino"
	implies rtos
skill threadx "ThreadX (Azure RTOS)"
	kind embedded
	source stackoverflow
	alias threadx "azure rtos" "eclipse threadx"
	implies rtos
skill micrium "Micrium µC/OS"
	kind embedded
	source common
	alias micrium "uc/os" "uc/os ii" "uc/os iii" ucos
	implies rtos
skill mbed-os "Arm Mbed OS"
	kind embedded
	source stackoverflow
	alias "mbed os" "arm mbed" mbed
skill autosar "AUTOSAR"
	kind embedded
	source stackoverflow
	alias autosar "autosar classic" "autosar adaptive"
skill misra "MISRA coding guidelines"
	kind embedded
	source common
	alias misra "misra c++" "misra compliance" "misra guidelines"

# ===========================================================================
# Embedded: boards, microcontrollers and architectures
# ===========================================================================
skill microcontrollers "Microcontrollers"
	kind embedded
	source stackoverflow esco
	alias microcontroller microcontrollers "microcontroller programming" mcus
	# the Marvel Cinematic Universe
	ambiguous mcu
	veto-line \b(?:marvel|avengers|superhero\w*|fandom)\b
	implies embedded-systems
skill arduino "Arduino"
	kind embedded
	source devicon simpleicons stackoverflow
	alias arduino "arduino uno" "arduino ide" "arduino mega" "arduino nano"
skill raspberry-pi "Raspberry Pi"
	kind embedded
	source devicon simpleicons stackoverflow
	alias "raspberry pi" raspberrypi "raspberry pi 4" "raspberry pi 5" "raspberry pi pico"
skill esp32 "ESP32"
	kind embedded
	source simpleicons stackoverflow
	alias esp32 "esp 32" "esp idf" espressif
skill esp8266 "ESP8266"
	kind embedded
	source stackoverflow
	alias esp8266 nodemcu
skill stm32 "STM32"
	kind embedded
	source stackoverflow
	alias stm32 stm32cubemx "stm32 hal" stm32f4 "stm32 microcontrollers"
	implies microcontrollers
skill arm "ARM architecture"
	kind embedded
	source devicon simpleicons stackoverflow
	alias arm64 aarch64 armv7 armv8 "arm architecture" "arm processors" "arm based" "arm7"
	alias "arm9"
	# the limb, and the arm of an organization
	ambiguous arm
	veto-before \b(?:broken|broke|left|right|my|his|her|robotic|robot|sales|investment|lending|financial|consulting|charitable|research|swing)\s+$
	veto-after ^\s*(?:templates?|resource\s+manager|wrestling|injury|injuries|sling|span|chairs?|length|of\s+the)\b
skill arm-cortex "ARM Cortex (M and A series)"
	kind embedded
	source stackoverflow
	alias "arm cortex m" "cortex m" "cortex m0" "cortex m3" "cortex m4" "cortex m7" "cortex m33"
	alias "arm cortex" "cortex a" "arm cortex a" "cortex a53" "cortex a72"
	implies arm
skill risc-v "RISC-V"
	kind embedded
	source simpleicons stackoverflow
	alias "risc v" riscv
skill avr "AVR microcontrollers"
	kind embedded
	source stackoverflow
	alias "atmel avr" "avr microcontroller" "avr microcontrollers" atmega atmega328p atmega328
	alias attiny
	# automatic voltage regulators, AV receivers
	ambiguous avr
	veto-after ^\s*(?:units?|regulators?|receivers?|systems?\s+for\s+generators?)\b
	implies microcontrollers
skill pic "PIC microcontrollers"
	kind embedded
	source stackoverflow
	alias "pic microcontroller" "pic microcontrollers" pic16 pic18 pic32 dspic "microchip pic"
	implies microcontrollers
skill msp430 "MSP430"
	kind embedded
	source stackoverflow
	alias msp430
	implies microcontrollers
skill nrf52 "Nordic nRF52"
	kind embedded
	source common
	alias nrf52 nrf52840 nrf52832 "nordic nrf" "nrf connect sdk"
	implies microcontrollers
skill beaglebone "BeagleBone"
	kind embedded
	source stackoverflow
	alias beaglebone "beaglebone black" beagleboard
skill nvidia-jetson "NVIDIA Jetson"
	kind embedded
	source common
	alias "nvidia jetson" "jetson nano" "jetson xavier" "jetson orin" "jetson tx2"
skill dsp "Digital signal processing (DSP)"
	kind embedded
	source stackoverflow esco
	alias "digital signal processing" "signal processing" "dsp algorithms" "dsp programming"
	# Direct Support Professional, in disability care
	ambiguous dsp
	veto-before \bdirect\s+support\s+(?:professional\s+)?$
	veto-line \b(?:direct\s+support|residents?|clients?\s+with|disabilit\w+|group\s+homes?|caregiv\w+|adl|adls|medication)\b

# ===========================================================================
# Embedded: buses, interfaces and industrial protocols
# ===========================================================================
skill can-bus "CAN bus"
	kind embedded
	source stackoverflow
	alias canbus "can fd" canopen j1939 "controller area network" "can bus protocol"
	# "can bus tables" on a restaurant resume
	ambiguous "can bus"
	veto-after ^\s*(?:tables?|dishes|trays?|carts?)\b
skill lin-bus "LIN bus"
	kind embedded
	source common
	alias "lin bus" "lin protocol"
skill i2c "I2C"
	kind embedded
	source stackoverflow
	alias i2c smbus
skill spi "SPI"
	kind embedded
	source stackoverflow
	alias "serial peripheral interface" "spi bus" "spi flash" qspi
	# the Schedule Performance Index of earned value management
	ambiguous spi
	veto-before \bcpi\s*(?:and|&|/|,)\s*$
	veto-after ^\s*(?:and|&|/|,)\s*cpi\b
	veto-line \b(?:earned\s+value|evm|schedule\s+performance|cost\s+performance)\b
skill uart "UART"
	kind embedded
	source stackoverflow
	alias uart usart uarts
skill rs-232 "RS-232 / RS-485"
	kind embedded
	source stackoverflow
	alias "rs 232" rs232 "rs 485" rs485 "rs 422" rs422
skill jtag "JTAG"
	kind embedded
	source stackoverflow
	alias jtag "jtag debugging" "serial wire debug" "segger j link" "j link" openocd
skill modbus "Modbus"
	kind embedded
	source stackoverflow
	alias modbus "modbus tcp" "modbus rtu"
skill profinet "PROFINET / PROFIBUS"
	kind embedded
	source common
	alias profinet profibus
skill ethercat "EtherCAT"
	kind embedded
	source stackoverflow
	alias ethercat
skill opc-ua "OPC UA"
	kind embedded
	source stackoverflow
	alias "opc ua" "opc da" "opc server" kepware kepserverex
skill bluetooth "Bluetooth / BLE"
	kind embedded
	source simpleicons stackoverflow
	alias ble "bluetooth low energy" "bluetooth le" "bluetooth stack"
	# speakers and headsets on a shop floor
	ambiguous bluetooth
	veto-after ^\s*(?:speakers?|headphones?|headsets?|earbuds?|earphones?|accessories|car\s+kits?|pairing)\b
skill zigbee "Zigbee / Z-Wave"
	kind embedded
	source simpleicons stackoverflow
	alias zigbee "z wave" zwave
skill lorawan "LoRaWAN"
	kind embedded
	source stackoverflow
	alias lorawan "lora wan"
skill iot "Internet of Things (IoT)"
	kind embedded
	source stackoverflow esco
	alias iot "internet of things" iiot "industrial iot" "iot devices" "iot platform"

# ===========================================================================
# Embedded: FPGA, EDA and hardware tools
# ===========================================================================
skill fpga "FPGA"
	kind embedded
	source stackoverflow esco
	alias fpga fpgas "field programmable gate array" "field programmable gate arrays"
	alias "fpga design"
skill vivado "Xilinx Vivado"
	kind embedded
	source stackoverflow
	alias vivado "xilinx vivado" "vivado hls" "xilinx vitis" "vitis hls"
	implies fpga xilinx
skill xilinx "Xilinx (AMD) FPGAs"
	kind embedded
	source stackoverflow
	alias xilinx "amd xilinx" zynq "xilinx ise" "zynq ultrascale" ultrascale "xilinx fpga"
	alias "xilinx fpgas"
	implies fpga
skill quartus "Intel Quartus Prime"
	kind embedded
	source onet stackoverflow
	alias quartus "quartus prime" "quartus ii" "intel quartus" "altera quartus"
	implies fpga intel-fpga
skill intel-fpga "Intel FPGA (Altera)"
	kind embedded
	source stackoverflow
	alias altera "intel fpga" "altera fpga" "altera fpgas"
	implies fpga
skill modelsim "ModelSim / Questa"
	kind embedded
	source onet stackoverflow
	alias modelsim questasim "questa sim" "mentor questa" "siemens questa"
skill labview "LabVIEW"
	kind embedded
	source onet linguist devicon simpleicons stackoverflow esco
	alias labview "ni labview" "labview fpga" "labview real time"
skill teststand "NI TestStand"
	kind embedded
	source onet stackoverflow
	alias teststand "ni teststand"
skill simulink "Simulink"
	kind embedded
	source onet stackoverflow
	alias simulink stateflow "simulink coder" "embedded coder"
skill pcb-design "PCB design"
	kind embedded
	source common
	alias "pcb design" "pcb layout" "pcb layouts" "schematic capture" "pcb designer"
skill altium "Altium Designer"
	kind embedded
	source onet linguist stackoverflow
	alias altium "altium designer"
	implies pcb-design
skill kicad "KiCad"
	kind embedded
	source onet simpleicons stackoverflow
	alias kicad
	implies pcb-design
skill orcad "OrCAD"
	kind embedded
	source stackoverflow
	alias orcad "cadence orcad" "cadence allegro" "allegro pcb"
	implies pcb-design
skill eagle-pcb "Autodesk Eagle"
	kind embedded
	source common
	alias "autodesk eagle" "eagle pcb" "eagle cad" cadsoft
	implies pcb-design
skill ltspice "LTspice / SPICE"
	kind embedded
	source onet simpleicons stackoverflow
	alias ltspice pspice ngspice hspice "spice simulation"
skill keil "Keil MDK"
	kind embedded
	source simpleicons stackoverflow
	alias keil "keil uvision" uvision "keil mdk" "arm keil" "keil c51"
skill iar "IAR Embedded Workbench"
	kind embedded
	source stackoverflow
	alias "iar embedded workbench" "iar workbench" "iar ewarm" "iar systems"
	# other abbreviations (Interim Assessment Reports ...)
	ambiguous iar
skill mplab "MPLAB"
	kind embedded
	source stackoverflow
	alias mplab "mplab x" "mplab x ide" xc8 xc16 xc32
	implies pic

# ===========================================================================
# Embedded: industrial automation and robotics
# ===========================================================================
skill plc "PLC programming"
	kind embedded
	source onet stackoverflow esco
	alias plcs "plc programming" "programmable logic controller"
	alias "programmable logic controllers" "plc logic"
	# the public limited company: "Barclays PLC, London"
	ambiguous plc
	veto-before \b(?:at|joined)\s+[\w&'.-]+\s+(?:(?:group|holdings|bank|&\s+co)\s+)?$
	veto-after ^\s*(?:,\s*)?(?:london|uk|united\s+kingdom|england|scotland|wales|ireland|dublin|edinburgh|manchester|annual\s+report)\b
skill ladder-logic "Ladder logic (IEC 61131-3)"
	kind embedded
	source onet
	alias "ladder logic" "ladder diagram" "ladder diagrams" "iec 61131" "iec 61131 3"
	alias "function block diagram"
	implies plc
skill siemens-tia "Siemens TIA Portal / STEP 7"
	kind embedded
	source onet
	alias "tia portal" "siemens tia" step7 "simatic step 7" simatic "siemens s7" "s7 1200"
	alias "s7 1500" "s7 300"
	implies plc
skill rockwell "Rockwell Studio 5000 / RSLogix"
	kind embedded
	source onet simpleicons
	alias rslogix "rslogix 5000" "rslogix 500" "studio 5000" "allen bradley" controllogix
	alias compactlogix
	alias factorytalk "rockwell automation" rsview
	implies plc
skill codesys "CODESYS"
	kind embedded
	source onet stackoverflow
	alias codesys "twincat" "beckhoff twincat"
	implies plc
skill scada "SCADA"
	kind embedded
	source onet stackoverflow
	alias scada "scada systems" "supervisory control and data acquisition"
skill hmi "HMI development"
	kind embedded
	source onet
	alias "human machine interface" "human machine interfaces" "hmi development" "hmi screens"
	alias "hmi design"
	# Her Majesty's Inspector of schools (Ofsted)
	ambiguous hmi hmis
	veto-line \b(?:ofsted|headteachers?|pupils?|school\s+inspections?|inspectors?\s+of\s+schools)\b
skill ignition-scada "Ignition SCADA"
	kind embedded
	source common
	alias "ignition scada" "inductive automation" "ignition perspective" "ignition designer"
	implies scada
skill wonderware "AVEVA Wonderware"
	kind embedded
	source stackoverflow
	alias wonderware "aveva wonderware" "wonderware intouch" "aveva system platform"
	implies scada
skill dcs "Distributed control systems (DCS)"
	kind embedded
	source common
	alias "distributed control system" "distributed control systems" "emerson deltav" deltav
	alias "honeywell experion"
skill ros "ROS (Robot Operating System)"
	kind embedded
	source devicon simpleicons stackoverflow
	alias ros2 "ros 2" ros1 "robot operating system" "ros noetic" "ros humble" "ros melodic"
	# Review of Systems in a medical record, return on sales
	ambiguous ros
	veto-line \b(?:patients?|physical\s+exams?|charting|hpi|vitals|ehr|emr|triage|nurs\w+|return\s+on\s+sales)\b
skill gazebo "Gazebo"
	kind embedded
	source onet devicon
	alias "gazebo simulator" "gazebo sim" "ignition gazebo"
	# the garden structure
	ambiguous gazebo
	veto-before \b(?:garden|wooden|backyard|outdoor|park|cedar|vinyl)\s+$
	veto-after ^\s*(?:installation|construction|kits?|roof|roofs|builds?|tents?)\b
	implies ros

# ===========================================================================
# Game engines and frameworks
# ===========================================================================
skill unity "Unity"
	kind game
	source onet devicon simpleicons stackoverflow esco
	alias unity3d "unity 3d" "unity engine" "unity game engine" "unity 2d" unity2d
	alias "unity developer"
	alias "unity technologies" "unity editor" "unity urp" "unity hdrp"
	# a value, a church, a day, a hospital
	ambiguous unity
	veto-before \b(?:team|church|community|national|family|racial|christian|interfaith|spiritual|global|promote|promotes|promoted|promoting|foster|fosters|fostered|fostering|sense\s+of|spirit\s+of|show\s+of)\s+$
	veto-after ^\s*(?:church|temple|day|walk|march|awards?|festival|health|bank|college|hospital|center|centre|point|fund|council|coalition|of\s+(?:purpose|effort|command))\b
	# C++ "unity builds" (jumbo builds)
	veto-line \b(?:ccache|sccache|distcc|jumbo\s+builds?|precompiled\s+headers?|translation\s+units?)\b
	implies csharp
skill unreal-engine "Unreal Engine"
	kind game
	source onet simpleicons esco
	alias "unreal engine" "unreal engine 4" "unreal engine 5" ue4 ue5 "unreal editor"
	alias "unreal blueprints" "unreal 4" "unreal 5"
	# "an unreal experience"
	ambiguous unreal
	veto-before \b(?:so|simply|absolutely|totally|truly|felt|feels|seemed|seems|looked|looks)\s+$
	veto-after ^\s*(?:experience|feeling|moment|time|sight|view)\b
	implies cpp
skill godot "Godot"
	kind game
	source devicon simpleicons stackoverflow
	alias "godot engine" "godot 4"
	# "Waiting for Godot"
	ambiguous godot
	veto-before \bwaiting\s+for\s+$
skill cryengine "CryEngine"
	kind game
	source onet simpleicons stackoverflow esco
	alias cryengine
skill o3de "Open 3D Engine (Lumberyard)"
	kind game
	source common
	alias o3de "open 3d engine" "amazon lumberyard"
skill gamemaker "GameMaker"
	kind game
	source simpleicons esco
	alias gamemaker "gamemaker studio" "gamemaker studio 2" "game maker studio"
skill cocos2d "Cocos2d / Cocos Creator"
	kind game
	source stackoverflow
	alias cocos2d "cocos2d x" "cocos creator" cocos2dx
skill phaser "Phaser"
	kind game
	source stackoverflow
	alias phaser.js phaserjs "phaser 3" "phaser io"
	implies javascript
skill pygame "Pygame"
	kind game
	source stackoverflow
	alias pygame
	implies python
skill libgdx "libGDX"
	kind game
	source devicon stackoverflow
	alias libgdx
	implies java
skill monogame "MonoGame / XNA"
	kind game
	source devicon simpleicons stackoverflow
	alias monogame xna "microsoft xna" "xna framework"
	implies csharp
skill sdl "SDL"
	kind game
	source onet devicon stackoverflow
	alias sdl2 libsdl "simple directmedia layer" sdl3
skill sfml "SFML"
	kind game
	source simpleicons stackoverflow
	alias sfml
	implies cpp
skill bevy "Bevy"
	kind game
	source common
	alias "bevy engine"
	implies rust
skill roblox-studio "Roblox Studio"
	kind game
	source simpleicons stackoverflow
	alias "roblox studio" "roblox development" "roblox developer"
	# playing the game
	ambiguous roblox
	veto-before \b(?:play|plays|played|playing|gaming|games?\s+like)\s+(?:[\w-]+\s+){0,2}$
skill steamworks "Steamworks"
	kind game
	source common
	alias steamworks "steamworks sdk" "steam sdk"
skill fmod "FMOD"
	kind game
	source common
	alias fmod "fmod studio"
skill wwise "Wwise"
	kind game
	source common
	alias wwise "audiokinetic wwise"
skill havok "Havok"
	kind game
	source common
	alias "havok physics" "havok engine"
skill physx "PhysX"
	kind game
	source stackoverflow
	alias physx "nvidia physx"

# ===========================================================================
# Graphics APIs
# ===========================================================================
skill opengl "OpenGL"
	kind game
	source onet devicon simpleicons stackoverflow
	alias opengl "opengl es" "open gl" opengles "opengl 4"
skill vulkan "Vulkan"
	kind game
	source devicon simpleicons stackoverflow
	alias vulkan "vulkan api"
skill directx "DirectX"
	kind game
	source onet stackoverflow
	alias directx direct3d d3d11 d3d12 "directx 11" "directx 12" dx11 dx12 "direct x"
skill metal "Apple Metal"
	kind game
	source linguist stackoverflow
	alias "apple metal" "metal api" "metal shading language" metalkit "metal framework"
	# the material, the music
	ambiguous metal
	veto-before \b(?:sheet|scrap|heavy|precious|base|black|death|thrash|power|nu|folk|glam|speed|doom|liquid|molten|bare|cast|welded?|brushed|galvanized|recycled)\s+$
	veto-after ^\s*(?:fabricat\w*|work\w*|detect\w*|roof\w*|stamping|parts|sheets?|bands?|music|concerts?|shops?|finish\w*|fram\w*|studs?|recycl\w*|scraps?|products?|alloys?|casting|cutting|machining|welding|buildings?|signs?|and\s+(?:wood|plastics?|glass))\b
skill webgl "WebGL"
	kind game
	source simpleicons stackoverflow
	alias webgl webgl2 "webgl 2"
	implies javascript
skill webgpu "WebGPU"
	kind game
	source devicon simpleicons
	alias webgpu

# ===========================================================================
# 3D content creation tools
# ===========================================================================
skill blender "Blender"
	kind game
	source onet devicon simpleicons stackoverflow
	alias "blender 3d" "blender3d" "blender cycles" "blender eevee"
	# the kitchen appliance
	ambiguous blender
	veto-before \b(?:kitchen|commercial|immersion|hand|stick|vitamix|ninja|smoothie|industrial|high\s+speed|ribbon|paddle|cement)\s+$
	veto-after ^\s*(?:and\s+(?:mixers?|toasters?|ovens?|juicers?)|bottles?|jars?|blades?|drinks?|smoothies?|parts|repair)\b
	veto-line \b(?:smoothies?|juices?|juicers?|baristas?|appliances?|frappes?|blended\s+drinks?|milkshakes?)\b
skill maya "Autodesk Maya"
	kind game
	source onet devicon simpleicons stackoverflow
	alias "autodesk maya" "maya 3d" "maya lt" "maya python" "maya mel"
	# the civilization, the first name
	ambiguous maya
	veto-before \b(?:ancient|classic|classical|yucatec|dr|mrs?|ms)\.?\s+$
	veto-after ^\s*(?:civilization|ruins|culture|people|peoples|empire|history|language|calendar|angelou|gods?|sites?|temples?|riviera|archaeology)\b
	veto-line \b(?:archaeolog\w*|anthropolog\w*|mesoamerica\w*|yucatan|guatemala|pre\s*-?\s*columbian|civilizations?)\b
skill 3ds-max "3ds Max"
	kind game
	source onet devicon stackoverflow
	alias "3ds max" 3dsmax "autodesk 3ds max" "3d studio max"
skill cinema-4d "Cinema 4D"
	kind game
	source onet simpleicons stackoverflow
	alias "cinema 4d" c4d "maxon cinema 4d"
skill houdini "Houdini"
	kind game
	source onet simpleicons stackoverflow
	alias "sidefx houdini" "houdini fx" "houdini engine" sidefx
	# the magician
	ambiguous houdini
	veto-before \bharry\s+$
	veto-line \b(?:magic\w*|escape\s+artists?|illusion\w*)\b
skill substance "Adobe Substance 3D"
	kind game
	source common
	alias "substance painter" "substance designer" "adobe substance" "substance 3d"
	alias "substance 3d painter"
	alias "allegorithmic substance"
skill zbrush "ZBrush"
	kind game
	source onet
	alias zbrush
skill mudbox "Mudbox"
	kind game
	source onet
	alias mudbox "autodesk mudbox"
skill motionbuilder "MotionBuilder"
	kind game
	source onet stackoverflow
	alias motionbuilder "autodesk motionbuilder"

# ===========================================================================
# CMS: traditional and PHP-based content management
# ===========================================================================
skill wordpress "WordPress"
	kind cms
	source onet devicon simpleicons stackoverflow esco
	alias wordpress "word press" "wordpress development" "wordpress plugins" "wordpress themes"
	alias wpengine "wp engine"
	implies php
skill woocommerce "WooCommerce"
	kind cms
	source devicon simpleicons stackoverflow
	alias woocommerce
	implies wordpress
skill elementor "Elementor"
	kind cms
	source simpleicons stackoverflow
	alias elementor
	implies wordpress
skill advanced-custom-fields "Advanced Custom Fields"
	kind cms
	source common
	alias "advanced custom fields" "acf pro"
	implies wordpress
skill drupal "Drupal"
	kind cms
	source onet devicon simpleicons stackoverflow esco
	alias "drupal 5" "drupal 6" "drupal 6/7" "drupal 7/8" "drupal 8/9" "drupal cms" "drupal 5/6"
	alias drupal "drupal 7" "drupal 8" "drupal 9" "drupal 10" "drupal 11"
	implies php
skill acquia "Acquia"
	kind cms
	source stackoverflow
	alias acquia "acquia cloud"
	implies drupal
skill joomla "Joomla"
	kind cms
	source onet simpleicons stackoverflow esco
	alias "joomla cms" "joomla extensions" "joomla 1.5" "joomla 2.5" "joomla 3"
	alias joomla
	implies php
skill typo3 "TYPO3"
	kind cms
	source devicon simpleicons stackoverflow
	alias typo3
	implies php
skill craft-cms "Craft CMS"
	kind cms
	source simpleicons
	alias "craft cms" craftcms
	implies php
skill concrete-cms "Concrete CMS"
	kind cms
	source stackoverflow
	alias concrete5 "concrete cms"
	implies php
skill mediawiki "MediaWiki"
	kind cms
	source onet stackoverflow
	alias mediawiki
skill moodle "Moodle"
	kind cms
	source onet devicon simpleicons stackoverflow esco
	alias moodle
skill ghost-cms "Ghost"
	kind cms
	source devicon simpleicons
	alias "ghost cms" "ghost blog platform" "ghost.org"
skill headless-cms "Headless CMS"
	kind cms
	source common
	alias "headless cms" "headless content management"
skill cms "Content management systems"
	kind cms
	source stackoverflow
	alias "content management system" "content management systems" "cms platforms"
	alias "cms development"

# ===========================================================================
# CMS: .NET and Java enterprise platforms
# ===========================================================================
skill sitecore "Sitecore"
	kind cms
	source simpleicons stackoverflow
	alias sitecore "sitecore xp" "sitecore xm cloud"
	implies dotnet
skill umbraco "Umbraco"
	kind cms
	source simpleicons stackoverflow
	alias umbraco
	implies dotnet
skill kentico "Kentico"
	kind cms
	source simpleicons stackoverflow
	alias kentico "kentico xperience"
	implies dotnet
skill optimizely-cms "Optimizely CMS (Episerver)"
	kind cms
	source stackoverflow
	alias episerver "optimizely cms" "episerver cms"
	implies dotnet
skill dotnetnuke "DotNetNuke (DNN)"
	kind cms
	source stackoverflow
	alias dotnetnuke "dnn platform" "dnn cms"
	implies dotnet
skill aem "Adobe Experience Manager"
	kind cms
	source onet stackoverflow
	alias cq5 "adobe cq5" "adobe cq" "day cq" "day cq5" "cq 5"
	alias aem "adobe experience manager" "adobe aem" "aem sites" "aem as a cloud service"
	alias "day cq"
skill liferay "Liferay"
	kind cms
	source stackoverflow
	alias liferay "liferay dxp" "liferay portal"
	implies java
skill magnolia "Magnolia CMS"
	kind cms
	source stackoverflow
	alias "magnolia cms"
	implies java
skill opentext-teamsite "OpenText TeamSite"
	kind cms
	source onet stackoverflow
	alias teamsite "opentext teamsite"

# ===========================================================================
# CMS: headless and SaaS site builders
# ===========================================================================
skill contentful "Contentful"
	kind cms
	source simpleicons stackoverflow
	alias "contentful cms" "contentful api"
	# the web-vitals metrics "Largest Contentful Paint", "First Contentful Paint"
	ambiguous contentful
	veto-before \b(?:largest|first)\s+$
	veto-after ^\s*paint\b
	implies headless-cms
skill strapi "Strapi"
	kind cms
	source simpleicons stackoverflow
	alias strapi
	implies headless-cms
skill sanity "Sanity"
	kind cms
	source devicon simpleicons stackoverflow
	alias sanity.io "sanity cms" "sanity studio"
	# the ordinary word
	ambiguous sanity
	veto-before \b(?:my|keep|keeps|kept|keeping|mental|maintain|maintained|maintaining|preserve|preserved|lose|lost|question|questioned|restore|restored)\s+$
	veto-after ^\s*(?:checks?|tests?|testing|checking|reviews?|of)\b
	implies headless-cms
skill contentstack "Contentstack"
	kind cms
	source common
	alias contentstack
	implies headless-cms
skill storyblok "Storyblok"
	kind cms
	source simpleicons stackoverflow
	alias storyblok
	implies headless-cms
skill prismic "Prismic"
	kind cms
	source simpleicons stackoverflow
	alias prismic "prismic.io"
	implies headless-cms
skill directus "Directus"
	kind cms
	source simpleicons stackoverflow
	alias directus
	implies headless-cms
skill payload-cms "Payload CMS"
	kind cms
	source simpleicons
	alias "payload cms" payloadcms
	implies headless-cms
skill decap-cms "Decap CMS (Netlify CMS)"
	kind cms
	source simpleicons stackoverflow
	alias "decap cms" "netlify cms"
	implies headless-cms
skill hygraph "Hygraph (GraphCMS)"
	kind cms
	source common
	alias hygraph graphcms
	implies headless-cms
skill webflow "Webflow"
	kind cms
	source devicon simpleicons stackoverflow
	alias webflow
skill wix "Wix"
	kind cms
	source simpleicons
	alias wix.com "wix studio" "velo by wix" "wix websites" "wix website"
	# Windows Installer XML and other senses
	ambiguous wix
	veto-after ^\s*(?:toolset|installer|msi)\b
skill squarespace "Squarespace"
	kind cms
	source simpleicons stackoverflow
	alias squarespace
skill weebly "Weebly"
	kind cms
	source stackoverflow
	alias weebly

# ===========================================================================
# E-commerce platforms
# ===========================================================================
skill shopify "Shopify"
	kind cms
	source simpleicons stackoverflow
	alias shopify "shopify plus" "shopify apps" "shopify themes" "shopify store"
	alias "shopify stores"
skill magento "Magento / Adobe Commerce"
	kind cms
	source devicon stackoverflow
	alias magento "magento 2" magento2 "adobe commerce" "magento commerce"
	implies php
skill bigcommerce "BigCommerce"
	kind cms
	source simpleicons stackoverflow
	alias bigcommerce
skill prestashop "PrestaShop"
	kind cms
	source simpleicons stackoverflow
	alias prestashop
	implies php
skill opencart "OpenCart"
	kind cms
	source stackoverflow
	alias opencart
	implies php
skill shopware "Shopware"
	kind cms
	source devicon simpleicons stackoverflow
	alias shopware
	implies php
skill sylius "Sylius"
	kind cms
	source stackoverflow
	alias sylius
	implies php
skill nopcommerce "nopCommerce"
	kind cms
	source stackoverflow
	alias nopcommerce
	implies dotnet
skill commercetools "commercetools"
	kind cms
	source stackoverflow
	alias commercetools
skill saleor "Saleor"
	kind cms
	source stackoverflow
	alias saleor
	implies python
skill spree-commerce "Spree Commerce"
	kind cms
	source stackoverflow
	alias "spree commerce"
	implies ruby
skill ecwid "Ecwid"
	kind cms
	source common
	alias ecwid
skill volusion "Volusion"
	kind cms
	source stackoverflow
	alias volusion

# ===========================================================================
# More operating systems, CMS and game tools
# ===========================================================================
skill ms-dos "MS-DOS"
	kind os
	source onet devicon stackoverflow
	alias "ms dos" msdos "dos 6.22" "dr dos" "pc dos"
skill netware "Novell NetWare"
	kind os
	source common
	alias netware "novell netware"
skill nextstep "NeXTSTEP"
	kind os
	source common
	alias nextstep openstep
skill drush "Drush"
	kind cms
	source stackoverflow
	alias drush
	implies drupal
skill x-cart "X-Cart"
	kind cms
	source stackoverflow
	alias "x cart" xcart
	implies php
skill cs-cart "CS-Cart"
	kind cms
	source stackoverflow
	alias "cs cart" cscart
	implies php
# OGRE, the open-source 3D rendering engine; an ogre is a monster.
skill ogre "OGRE (3D engine)"
	kind game
	source stackoverflow
	alias ogre3d "ogre 3d" "ogre engine" "ogre3d engine" "ogre rendering engine"
	ambiguous ogre
	veto-before \b(?:green|giant|the\s+big|shrek)\s+$
	veto-line \b(?:shrek|fairy\s+tales?|trolls?|dungeons|dragons)\b
	implies cpp
skill cocos-studio "Cocos Studio"
	kind game
	source common
	alias cocostudio "cocos studio"
	implies cocos2d
