namespace Screening.Functions.Services;

/// <summary>The index every screening call reads; swapped atomically when a new list version is activated.</summary>
public interface IActiveIndex
{
    ActiveIndexState Current { get; }
}
