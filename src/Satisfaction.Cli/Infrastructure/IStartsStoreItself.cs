namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Marks the settings of a store command that must do something else first (e.g. write a file that may fail)
/// and so runs <see cref="Data.SatisfactionStore.MigrateAsync"/> itself; <see cref="StoreStartup"/> skips it.
/// </summary>
public interface IStartsStoreItself;
