Console.WriteLine("LocalHost");
