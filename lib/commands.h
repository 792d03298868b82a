/* commands: every command as a function, NAME_main(argc, argv) with
 * argv[0] its name, returning its exit status. */
#ifndef TINYIP_COMMANDS_H
#define TINYIP_COMMANDS_H

int nsadd_main(int argc, char **argv);
int nslist_main(int argc, char **argv);
int nsdel_main(int argc, char **argv);
int nsexec_main(int argc, char **argv);
int vethadd_main(int argc, char **argv);
int bradd_main(int argc, char **argv);
int vxlanadd_main(int argc, char **argv);
int linkset_main(int argc, char **argv);
int linkdel_main(int argc, char **argv);
int addradd_main(int argc, char **argv);
int addrdel_main(int argc, char **argv);
int routeadd_main(int argc, char **argv);
int routedel_main(int argc, char **argv);
int linklist_main(int argc, char **argv);
int addrlist_main(int argc, char **argv);
int routelist_main(int argc, char **argv);
int nsmap_main(int argc, char **argv);

#endif
