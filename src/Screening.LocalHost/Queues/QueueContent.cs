using Azure.Storage.Queues.Models;

namespace Screening.LocalHost.Queues;

/// <summary>Reads a triggering queue message into the parameter type the function declares.</summary>
public static class QueueContent
{
    public static IReadOnlyList<Type> SupportedTypes { get; } = [typeof(string), typeof(byte[]), typeof(BinaryData), typeof(QueueMessage)];

    public static bool Supports(Type type) => SupportedTypes.Contains(type);

    public static object Read(QueueMessage message, Type target)
    {
        ArgumentNullException.ThrowIfNull(message);
        return target switch
        {
            _ when target == typeof(QueueMessage) => message,
            _ when target == typeof(string) => message.Body.ToString(),
            _ when target == typeof(byte[]) => message.Body.ToArray(),
            _ when target == typeof(BinaryData) => message.Body,
            _ => throw new NotSupportedException($"A queue message cannot be bound to {target.Name}."),
        };
    }
}
