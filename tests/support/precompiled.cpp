// SPDX-License-Identifier: GPL-3.0-or-later
// The translation unit that builds the test suite's precompiled header (tests/CMakeLists.txt);
// linked into nothing that runs.
int main()
{
    return 0;
}
