// The smallest C++ program that prints: the baseline of one-file latency.
#include <iostream>
int main() { std::cout << "hello\n"; }
