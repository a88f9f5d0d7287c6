/*
 * replay.c: run a fuzz target once on each file named, without
 * libFuzzer, so that any compiler builds it: make test replays every
 * target's seeds and regression inputs, make check does it under the
 * sanitizers and make valgrind under memcheck.  A target that crashes
 * or aborts fails the run.
 * usage: replay FILE ...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char *argv[])
{
	FILE	*f;
	uint8_t	*data = NULL, *copy;
	size_t	 len, cap = 0;
	int	 i;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		if ((f = fopen(argv[i], "rb")) == NULL) {
			perror(argv[i]);
			return 2;
		}
		len = 0;
		for (;;) {
			if (len == cap) {
				cap = cap ? cap * 2 : 65536;
				if ((data = realloc(data, cap)) == NULL) {
					perror("replay");
					return 2;
				}
			}
			len += fread(data + len, 1, cap - len, f);
			if (len < cap)
				break;
		}
		if (ferror(f)) {
			perror(argv[i]);
			return 2;
		}
		fclose(f);
		/* Exactly len bytes, so a read past them is caught. */
		if ((copy = malloc(len ? len : 1)) == NULL) {
			perror("replay");
			return 2;
		}
		memcpy(copy, data, len);
		LLVMFuzzerTestOneInput(copy, len);
		free(copy);
	}
	free(data);
	return 0;
}
