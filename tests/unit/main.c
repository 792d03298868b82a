/* The unit tests: every lib suite, no root, no change to the system. */
#include <stdlib.h>

#include "tests.h"

int main(void)
{
	SRunner *runner = srunner_create(parse_suite());
	int failed;

	srunner_add_suite(runner, rtnl_suite());
	srunner_add_suite(runner, link_suite());
	srunner_add_suite(runner, addr_suite());
	srunner_add_suite(runner, netns_suite());
	srunner_add_suite(runner, route_suite());
	srunner_add_suite(runner, print_suite());
	srunner_add_suite(runner, json_suite());
	srunner_add_suite(runner, commands_suite());
	srunner_add_suite(runner, decode_suite());
	srunner_add_suite(runner, jsonread_suite());
	srunner_add_suite(runner, batch_suite());
	srunner_run_all(runner, CK_NORMAL);
	failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
