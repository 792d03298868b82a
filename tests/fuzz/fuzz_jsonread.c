/* What nsmap --since may be given: any bytes as a saved map. */
#include "fuzz.h"
#include "jsonread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	struct jv value;
	size_t where = 0;

	if (jv_read(text, &value, &where) < 0 && where > size)
		abort();
	(void)jv_string(jv_get(&value, "namespaces"), "name");
	jv_free(&value);
	free(text);
	return 0;
}
