/* parse_ifname and parse_netns_name: whatever they accept keeps the rules. */
#include "fuzz.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *word = fuzz_string(data, size);
	size_t len = strlen(word);

	if (!parse_ifname(word)) {
		if (len == 0 || len > 15 || strpbrk(word, "/: \t\n\v\f\r") ||
		    !strcmp(word, ".") || !strcmp(word, ".."))
			abort();
	}
	if (!parse_netns_name(word)) {
		if (len == 0 || len > 255 || strchr(word, '/') ||
		    !strcmp(word, ".") || !strcmp(word, ".."))
			abort();
	}
	free(word);
	return 0;
}
