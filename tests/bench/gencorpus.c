/*
 * gencorpus.c: a deterministic corpus of resume-like documents for the
 * benchmark: headings, job lines with dates, bullets naming skills in
 * their usual spellings, Unicode variants (no-break spaces, en dashes,
 * smart quotes, fullwidth letters, ligatures) and ambiguous words in
 * both senses, at densities like real resumes'.  Same seed, same bytes.
 *
 * usage: gencorpus DIR COUNT [SIZE]
 *        gencorpus -l NSKILLS > lexicon.lex   (a synthetic lexicon)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned long long	state = 0x9E3779B97F4A7C15ull;

/* xorshift64*: small, fast and the same everywhere. */
static unsigned
rnd(unsigned n)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (unsigned)((state * 2685821657736338717ull) >> 33) % n;
}

#define PICK(a)	(a[rnd(sizeof(a) / sizeof(a[0]))])

static const char *const tech[] = {
	"Python", "Django", "Flask", "Java", "Spring Boot", "Go", "Golang",
	"Node.js", "NodeJS", "Express.js", "Rust", "PostgreSQL", "Postgres",
	"MySQL", "MongoDB", "Redis", "DynamoDB", "Kafka", "RabbitMQ",
	"Docker", "Kubernetes", "K8s", "AWS", "Amazon Web Services", "GCP",
	"Azure", "Terraform", "GitHub Actions", "CI/CD", "Git", "GraphQL",
	"REST APIs", "gRPC", "microservices", "Datadog", "New Relic",
	"PagerDuty", "OAuth", "JWT", "unit testing", "pytest", "system design",
	"distributed systems", "caching", "rate limiting", "C++", "C#",
	".NET", "ASP.NET", "S3", "Lambda", "API Gateway", "Cloud Run",
	"Pub/Sub", "observability", "incident response", "postmortems",
};
static const char *const verbs[] = {
	"Built", "Designed", "Maintained", "Migrated", "Scaled", "Led",
	"Rewrote", "Owned", "Shipped", "Optimized", "Operated", "Automated",
};
static const char *const things[] = {
	"the billing service", "an internal API", "the search backend",
	"a data pipeline", "the checkout flow", "our deployment tooling",
	"a notification system", "the reporting module", "customer dashboards",
};
static const char *const prose[] = {
	"Worked closely with product and design to deliver features on time.",
	"Mentored two junior engineers and ran weekly code reviews.",
	"A go-getter who graduated in Spring 2019 and loves a challenge.",
	"Arranged express delivery for key customers during peak season.",
	"Read Kafka's novels and Swift's satire in a weekly book club.",
	"Cut infrastructure cost by 30% without losing reliability.",
	"Ran the incident postmortem after a regional outage.",
	"No experience with Kubernetes yet; currently learning Rust.",
	"Volunteered at the local food bank on weekends.",
	"Presented quarterly results to the leadership team.",
};
static const char *const headings[] = {
	"SUMMARY", "TECHNICAL SKILLS", "Experience", "Projects", "Education",
	"Certifications", "Interests",
};
/* Unicode variants written as their UTF-8 bytes. */
static const char *const variants[] = {
	"Postgre\xC2\xADSQL", "\xEF\xBC\xB0\xEF\xBD\x99\xEF\xBD\x94\xEF\xBD"
	"\x88\xEF\xBD\x8F\xEF\xBD\x8E", "\xEF\xAC\x81nance APIs",
	"\xE2\x80\x9CKubernetes\xE2\x80\x9D", "Node.js\xC2\xA0" "18",
};

static void
document(FILE *f, size_t target)
{
	long	start;
	int	year, i, n;

	start = ftell(f);
	fprintf(f, "Candidate %u\nBackend Engineer %s Remote\n\n",
	    rnd(100000), rnd(2) ? "\xC2\xB7" : "-");
	while ((size_t)(ftell(f) - start) < target) {
		fprintf(f, "%s\n", PICK(headings));
		switch (rnd(4)) {
		case 0:
			fputs("Languages: ", f);
			n = 4 + (int)rnd(8);
			for (i = 0; i < n; i++)
				fprintf(f, "%s%s", i ? ", " : "", PICK(tech));
			fputc('\n', f);
			break;
		case 1:
			year = 2010 + (int)rnd(14);
			fprintf(f, "Software Engineer, Company %u   %s %d %s %s\n",
			    rnd(1000), rnd(2) ? "Jan" : "Mar", year,
			    rnd(2) ? "-" : "\xE2\x80\x93",
			    rnd(3) ? "Present" : "2024");
			n = 2 + (int)rnd(4);
			for (i = 0; i < n; i++)
				fprintf(f, "- %s %s with %s and %s.\n",
				    PICK(verbs), PICK(things), PICK(tech),
				    rnd(5) ? PICK(tech) : PICK(variants));
			break;
		case 2:
			fprintf(f, "%s %s\n", PICK(prose), PICK(prose));
			break;
		default:
			fprintf(f, "Tech stack: %s, %s, %s\n%s\n", PICK(tech),
			    PICK(tech), PICK(variants), PICK(prose));
			break;
		}
		fputc('\n', f);
	}
}

/* A lexicon of n skills: the real spellings first, then made-up ones. */
static void
lexicon(unsigned n)
{
	unsigned	i;

	puts("role synthetic \"Synthetic\"\nstage junior 0 2\n"
	    "stage mid 2 5\nstage senior 5 +\ncategory tech \"Tech\"\n");
	for (i = 0; i < n; i++) {
		printf("skill s%u \"Skill %u\"\n\tcategory tech\n\tstage %s\n"
		    "\tweight %u\n", i, i, i % 3 == 0 ? "junior" :
		    i % 3 == 1 ? "mid" : "senior", 1 + i % 5);
		if (i < sizeof(tech) / sizeof(tech[0]))
			printf("\talias \"%s\"\n", tech[i]);
		printf("\talias \"synthetic skill %u\" \"tool%u\" "
		    "\"framework %u pro\"\n", i, i, i);
	}
}

int
main(int argc, char *argv[])
{
	char		 path[4096];
	unsigned	 i, count;
	size_t		 size = 5000;
	FILE		*f;

	if (argc == 3 && strcmp(argv[1], "-l") == 0) {
		lexicon((unsigned)atoi(argv[2]));
		return 0;
	}
	if (argc < 3) {
		fputs("usage: gencorpus DIR COUNT [SIZE] | -l NSKILLS\n",
		    stderr);
		return 2;
	}
	count = (unsigned)atoi(argv[2]);
	if (argc > 3)
		size = (size_t)atol(argv[3]);
	mkdir(argv[1], 0755);
	for (i = 0; i < count; i++) {
		snprintf(path, sizeof(path), "%s/%02u", argv[1], i / 1000);
		mkdir(path, 0755);
		snprintf(path, sizeof(path), "%s/%02u/cv%05u.txt", argv[1],
		    i / 1000, i);
		if ((f = fopen(path, "w")) == NULL) {
			perror(path);
			return 1;
		}
		document(f, size);
		if (fclose(f) != 0) {
			perror(path);
			return 1;
		}
	}
	return 0;
}
