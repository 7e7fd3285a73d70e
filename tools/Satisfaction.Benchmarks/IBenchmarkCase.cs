namespace Satisfaction.Benchmarks;

/// <summary>One benchmark case; the program finds every implementation by reflection.</summary>
public interface IBenchmarkCase
{
    /// <summary>Name used on the command line, e.g. "rake".</summary>
    string Name { get; }

    /// <summary>Rows when --rows is not given.</summary>
    int DefaultRows { get; }

    /// <summary>Generates its data (untimed), then times its operations with <see cref="Measure"/>.</summary>
    IEnumerable<Measurement> Run(int rows);
}
