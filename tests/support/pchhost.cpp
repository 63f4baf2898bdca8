// Owns the precompiled header that the test programs reuse; it has nothing to run.
int main()
{
    return 0;
}
