# SPDX-License-Identifier: GPL-2.0
#
# armxen: build the guest kernel, the way a kernel tree is built.
#
#   make arm64_defconfig       configure into out/arm64 (arm_defconfig, arm-thumb2_defconfig)
#   make                       build the last configured tree (or O=out/<name>)
#   make menuconfig            change the configuration
#   make C=1                   also run sparse on every C file
#   make run                   boot the arm64 kernel under Xen in QEMU
#   make check                 the whole test suite (scripts/test)
#
# Everything a build makes goes under out/.  Debian packages the tests use
# are fetched into .cache/ by scripts/setup.

srctree := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
export srctree

MAKEFLAGS += --no-builtin-rules --no-builtin-variables
.SUFFIXES:

ifneq ($(V),1)
Q := @
quiet = @printf '  %-8s %s\n' '$(1)' '$(patsubst $(objtree)/%,%,$(2))';
else
Q :=
quiet :=
endif

# --- where the build goes -------------------------------------------------

defconfig-goal := $(filter %_defconfig,$(MAKECMDGOALS))
last-config := $(srctree)/out/.last-config

ifeq ($(origin O),command line)
objtree := $(abspath $(O))
else ifneq ($(defconfig-goal),)
objtree := $(srctree)/out/$(patsubst %_defconfig,%,$(firstword $(defconfig-goal)))
else ifneq ($(wildcard $(last-config)),)
objtree := $(shell cat $(last-config))
else
objtree := $(srctree)/out/arm64
endif

KCONFIG_CONFIG := $(objtree)/.config
KCONFIG_AUTOHEADER := $(objtree)/include/generated/autoconf.h
export KCONFIG_CONFIG KCONFIG_AUTOHEADER
KCONFIG := /usr/bin/python3 $(srctree)/scripts/kconfig/armxen-kconfig
kconfig-files := $(shell find $(srctree) -name Kconfig -not -path '$(srctree)/out/*' \
			-not -path '$(srctree)/.cache/*')

PHONY := all
all:

# --- configuration targets ------------------------------------------------

%_defconfig:
	$(Q)file=$$(ls $(srctree)/arch/*/configs/$@ 2>/dev/null | head -n 1); \
	if [ -z "$$file" ]; then echo "no such defconfig: $@" >&2; exit 1; fi; \
	mkdir -p $(objtree) && $(KCONFIG) defconfig $$file && \
	echo $(objtree) > $(last-config) && \
	echo "configured $(patsubst $(srctree)/%,%,$(objtree)) from $${file#$(srctree)/}"

PHONY += menuconfig olddefconfig savedefconfig
menuconfig olddefconfig: need-config
	$(Q)$(KCONFIG) $@

savedefconfig: need-config
	$(Q)$(KCONFIG) savedefconfig $(objtree)/defconfig && echo "wrote $(objtree)/defconfig"

PHONY += need-config
need-config:
	$(Q)if [ ! -f $(KCONFIG_CONFIG) ]; then \
		echo "no configuration in $(objtree): run 'make arm64_defconfig'" \
		     "(or arm_defconfig, arm-thumb2_defconfig) first" >&2; exit 1; fi

# --- tests and the main job (need no configuration of their own) ----------

PHONY += check run setup
check:
	$(Q)$(srctree)/scripts/test

run:
	$(Q)$(srctree)/scripts/run-main

setup:
	$(Q)$(srctree)/scripts/setup

PHONY += clean distclean
clean:
	$(Q)rm -rf $(objtree)

distclean:
	$(Q)rm -rf $(srctree)/out

# --- the kernel build -----------------------------------------------------

no-build-goals := %config check run setup clean distclean help
ifneq ($(filter-out $(no-build-goals),$(or $(MAKECMDGOALS),all)),)

ifeq ($(wildcard $(KCONFIG_CONFIG)),)
$(error no configuration in $(objtree): run 'make arm64_defconfig' (or arm_defconfig, \
	arm-thumb2_defconfig) first)
endif
include $(KCONFIG_CONFIG)

# The header follows .config and the Kconfig files (menuconfig by hand,
# an edited .config, a new option).
$(KCONFIG_AUTOHEADER): $(KCONFIG_CONFIG) $(kconfig-files)
	$(call quiet,KCONFIG,$@)$(KCONFIG) olddefconfig

ifeq ($(CONFIG_ARM64),y)
SRCARCH := arm64
CROSS_COMPILE ?= aarch64-linux-gnu-
else
SRCARCH := arm
CROSS_COMPILE ?= arm-linux-gnueabihf-
endif
export SRCARCH

CC := $(CROSS_COMPILE)gcc
LD := $(CROSS_COMPILE)ld
OBJCOPY := $(CROSS_COMPILE)objcopy
CPP := $(CC) -E
CHECK := sparse

KBUILD_CPPFLAGS := -D__KERNEL__ -nostdinc -isystem $(shell $(CC) -print-file-name=include) \
	-I$(srctree)/arch/$(SRCARCH)/include -I$(srctree)/include -I$(objtree)/include \
	-include $(KCONFIG_AUTOHEADER)
KBUILD_CFLAGS := -std=gnu11 -O2 -g -ffreestanding -fno-common -fno-stack-protector \
	-fpie -fno-plt -fno-asynchronous-unwind-tables -fno-unwind-tables \
	-fno-strict-aliasing -fno-delete-null-pointer-checks \
	-Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wmissing-prototypes \
	-Wstrict-prototypes -Werror=return-type -Werror=implicit-function-declaration
KBUILD_AFLAGS := -D__ASSEMBLY__ -g -Wa,--noexecstack
KBUILD_LDFLAGS := -pie --no-dynamic-linker -z norelro -z noexecstack --build-id=none \
	--no-warn-rwx-segments \
	--hash-style=sysv -Bsymbolic
CHECKFLAGS := -D__KERNEL__ -nostdinc -ffreestanding -Wbitwise -Wno-return-void -Wno-unknown-attribute

ifeq ($(CONFIG_WERROR),y)
KBUILD_CFLAGS += -Werror
endif

include $(srctree)/arch/$(SRCARCH)/Makefile

# libfdt: Debian 12's static library and headers for the target, unpacked
# by scripts/setup into the deb12 root (the arch Makefile names the Debian
# architecture and triplet).  Only libfdt.h and fdt.h are taken from there, copied into the
# build tree beside the kernel's own libfdt_env.h, so nothing else in
# Debian's include directory can shadow a kernel header.
ARMXEN_CACHE ?= $(srctree)/.cache
libfdt-root := $(ARMXEN_CACHE)/root/deb12-$(LIBFDT_DEBARCH)/usr
LIBFDT_A := $(libfdt-root)/lib/$(LIBFDT_TRIPLET)/libfdt.a
libfdt-inc := $(objtree)/include/libfdt
libfdt-hdrs := $(libfdt-inc)/libfdt.h $(libfdt-inc)/fdt.h $(libfdt-inc)/libfdt_env.h
ifneq ($(words $(wildcard $(LIBFDT_A) $(libfdt-root)/include/libfdt.h $(libfdt-root)/include/fdt.h)),3)
$(error libfdt for $(LIBFDT_DEBARCH) not found under $(ARMXEN_CACHE)/root/deb12-$(LIBFDT_DEBARCH): \
	run scripts/setup (or point ARMXEN_CACHE at a cache it filled))
endif
KBUILD_CPPFLAGS += -I$(libfdt-inc)

# Rebuild everything when the flags change (a new option in an arch
# Makefile, another CROSS_COMPILE): objects depend on a file holding them.
flags-file := $(objtree)/include/generated/build-flags
flags-now := $(CC) $(KBUILD_CPPFLAGS) $(KBUILD_CFLAGS) $(KBUILD_AFLAGS) $(KBUILD_LDFLAGS) $(LIBFDT_A)
ifneq ($(flags-now),$(shell cat $(flags-file) 2>/dev/null))
$(shell mkdir -p $(dir $(flags-file)) && echo '$(flags-now)' > $(flags-file))
endif

c_flags = $(KBUILD_CPPFLAGS) $(KBUILD_CFLAGS) $(CFLAGS_$(notdir $@))
a_flags = $(KBUILD_CPPFLAGS) $(KBUILD_AFLAGS) $(AFLAGS_$(notdir $@))

# Walk the Kbuild files from the top: obj-y names objects and subdirectories
# relative to the directory of the Kbuild file that names them.
objs :=
define descend
obj-y :=
include $(srctree)/$(1)Kbuild
objs += $$(addprefix $(objtree)/$(1),$$(filter %.o,$$(obj-y)))
$$(foreach d,$$(filter %/,$$(obj-y)),$$(eval $$(call descend,$(1)$$(d))))
endef
$(eval $(call descend,))

.PRECIOUS: $(libfdt-inc)/%.h
$(libfdt-inc)/%.h: $(libfdt-root)/include/%.h $(flags-file)
	@mkdir -p $(@D)
	$(call quiet,COPY,$@)cp $< $@

$(libfdt-inc)/libfdt_env.h: $(srctree)/include/linux/libfdt_env.h
	@mkdir -p $(@D)
	$(call quiet,COPY,$@)cp $< $@

$(objtree)/%.o: $(srctree)/%.c $(KCONFIG_AUTOHEADER) $(flags-file) | $(libfdt-hdrs)
	@mkdir -p $(@D)
	$(call quiet,CC,$@)$(CC) $(c_flags) -MMD -MP -c -o $@ $<
ifeq ($(C),1)
	$(call quiet,CHECK,$<)$(CHECK) $(CHECKFLAGS) $(SPARSE_ARCH) $(filter -D% -I% -include %.h,$(c_flags)) \
		$(filter -isystem %/include,$(c_flags)) $<
endif

$(objtree)/%.o: $(srctree)/%.S $(KCONFIG_AUTOHEADER) $(flags-file) | $(libfdt-hdrs)
	@mkdir -p $(@D)
	$(call quiet,AS,$@)$(CC) $(a_flags) -MMD -MP -c -o $@ $<

$(objtree)/%.lds: $(srctree)/%.lds.S $(KCONFIG_AUTOHEADER) $(flags-file)
	@mkdir -p $(@D)
	$(call quiet,LDS,$@)$(CPP) -P $(KBUILD_CPPFLAGS) -D__ASSEMBLY__ -MMD -MP -MT $@ -o $@ $<

-include $(objs:.o=.d) $(objtree)/kernel/kernel.d

lds := $(objtree)/kernel/kernel.lds
libgcc := $(shell $(CC) $(KBUILD_CFLAGS) -print-libgcc-file-name)

$(objtree)/vmlinux: $(objs) $(lds) $(LIBFDT_A)
	$(call quiet,LD,$@)$(LD) $(KBUILD_LDFLAGS) -T $(lds) -Map $@.map -o $@ $(objs) \
		$(LIBFDT_A) $(libgcc)

$(objtree)/$(KBUILD_IMAGE): $(objtree)/vmlinux
	$(call quiet,OBJCOPY,$@)$(OBJCOPY) -O binary $< $@

all: $(objtree)/$(KBUILD_IMAGE)
	@echo "  IMAGE    $(patsubst $(srctree)/%,%,$(objtree))/$(KBUILD_IMAGE)"

endif

.PHONY: $(PHONY)
